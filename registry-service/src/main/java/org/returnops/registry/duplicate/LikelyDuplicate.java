package org.returnops.registry.duplicate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule that warns a registrar that a new registration is probably someone already in the
 * registry. A person registered twice could be given two seats or be returned twice, and their
 * household split between two records; the warning asks a person to look, it never merges.
 *
 * <p>Two registrations are likely duplicates when they have the same date of birth and their
 * names are {@link NameSimilarity#likelySame likely the same} in some pairing of the scripts
 * both have: Latin with Latin, Cyrillic with Cyrillic, or Latin with Cyrillic (the phonetic
 * keys transliterate, so a cross-script pairing needs no extra step). The date of birth must be
 * equal, not close: it is copied from a document, and requiring it keeps common names (there
 * are many Rakhimov Farrukhs) from flooding registrars with warnings. A missing date of birth
 * on either side never makes a duplicate, since nothing then separates namesakes.
 */
public final class LikelyDuplicate {

    private LikelyDuplicate() {
    }

    /** Whether two registrations are probably the same person: equal birth dates and likely-same names. */
    public static boolean likelyDuplicate(PersonNames a, LocalDate birthA, PersonNames b, LocalDate birthB) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return birthA != null
                && birthA.equals(birthB)
                && score(a, b) >= NameSimilarity.LIKELY_SAME_THRESHOLD;
    }

    /** The best {@link NameSimilarity#similarity name similarity} over all script pairings, in [0, 1], for display. */
    public static double score(PersonNames a, PersonNames b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return score(PersonKeys.of(a), PersonKeys.of(b));
    }

    /** {@link #score(PersonNames, PersonNames)} of names given as their keys: no transliteration. */
    public static double score(PersonKeys a, PersonKeys b) {
        double best = 0.0;
        for (String[] nameA : forms(a)) {
            for (String[] nameB : forms(b)) {
                best = Math.max(best, NameSimilarity.similarityOfKeys(nameA[0], nameA[1], nameB[0], nameB[1]));
            }
        }
        return best;
    }

    private static List<String[]> forms(PersonKeys keys) {
        List<String[]> forms = new ArrayList<>(2);
        if (keys.hasLatin()) {
            forms.add(new String[] {orEmpty(keys.familyLatin()), orEmpty(keys.givenLatin())});
        }
        if (keys.hasCyrillic()) {
            forms.add(new String[] {orEmpty(keys.familyCyrillic()), orEmpty(keys.givenCyrillic())});
        }
        return forms;
    }

    private static String orEmpty(String key) {
        return key == null ? "" : key;
    }
}
