package org.returnops.registry.duplicate;

import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two people's names are, whatever the script and spelling they were registered in,
 * so that registration can warn "this may be someone we already have" instead of creating a
 * second record that would give one person two seats, or two returns.
 *
 * <p>Both names are reduced to {@link NameKeys#phoneticKey(String) phonetic keys}, so the usual
 * transliteration variants already compare equal; Jaro-Winkler then measures what is left
 * (typos, a dropped letter, a vowel written differently). The family names are compared with
 * each other and the given names with each other, and a pair of names is only as similar as its
 * less similar part. Comparing the two parts separately rather than the single text
 * "family given" matters for the people most likely to share a birth date and a family name:
 * twins. As one text, Rakhimov Farrukh and Rakhimov Firuz score 0.94 and Rakhimov Farrukh and
 * Rakhmonov Farrukh 0.95, both above any useful threshold, because the long shared part drowns
 * the different one; part by part they score 0.76 and 0.91. Family and given name may have been
 * entered in each other's fields, so the crossed pairing is tried too and the better pairing
 * wins. When a side lacks one of its parts there is nothing to align, and the whole names are
 * compared as one text, in both orders.
 *
 * <p>A name and its form for the other sex (Karimov and Karimova, Aliev and Alieva, Amin and
 * Amina) differ by one letter and would score 0.97, but they name two people, typically a
 * brother and a sister, who share a family name and, for twins, a birth date. Such a pair of
 * parts scores 0 instead, so their names are never likely the same.
 *
 * <p>{@link #LIKELY_SAME_THRESHOLD} is 0.92, chosen from the cases in {@code NameSimilarityTest}:
 * after phonetic keys every transliteration variant scores 1.0, a one-letter slip in a name
 * of seven or more letters (Sharipov and Saripov 0.96, Jamshed and Jamshid 0.94) and the
 * suffix -jon (Farrukh and Farrukhjon 0.925) stay above it, while different names of the
 * same shape stay below: Ali and Vali 0.917, Rakhimov and Rakhmonov 0.908, Hasan and Husan
 * 0.88, Farrukh and Farhod 0.88, Anvar and Akbar 0.76. The price is that a one-vowel variant of
 * a short name (Umed and Umid 0.87, Sobirov and Sabirov 0.91) is not flagged: a missed warning
 * costs a manual search, a false one asks a registrar to doubt a twin.
 */
public final class NameSimilarity {

    /** Similarity from which two names are treated as probably the same person's. */
    public static final double LIKELY_SAME_THRESHOLD = 0.92;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final Pattern SEX_MARKED_ENDING = Pattern.compile("(?:ov|ev|in)$");

    private NameSimilarity() {
    }

    /**
     * Similarity in [0, 1] of two names given as family and given name in any script; any part
     * may be {@code null}. 1.0 means equal phonetic keys; 0.0 when either name has no letters.
     */
    public static double similarity(String familyA, String givenA, String familyB, String givenB) {
        return similarityOfKeys(NameKeys.phoneticKey(familyA), NameKeys.phoneticKey(givenA),
                NameKeys.phoneticKey(familyB), NameKeys.phoneticKey(givenB));
    }

    /**
     * {@link #similarity} of names already reduced to {@link NameKeys#phoneticKey phonetic keys} ("" for a
     * missing part): what the registry compares, from keys stored when each person was written.
     */
    public static double similarityOfKeys(String familyKeyA, String givenKeyA, String familyKeyB, String givenKeyB) {
        if (!familyKeyA.isEmpty() && !givenKeyA.isEmpty() && !familyKeyB.isEmpty() && !givenKeyB.isEmpty()) {
            double inOrder = Math.min(partSimilarity(familyKeyA, familyKeyB), partSimilarity(givenKeyA, givenKeyB));
            double crossed = Math.min(partSimilarity(familyKeyA, givenKeyB), partSimilarity(givenKeyA, familyKeyB));
            return Math.max(inOrder, crossed);
        }
        String wholeA = familyKeyA + givenKeyA;
        String wholeB = familyKeyB + givenKeyB;
        if (wholeA.isEmpty() || wholeB.isEmpty()) {
            return 0.0;
        }
        return Math.max(jaroWinkler(wholeA, wholeB),
                Math.max(jaroWinkler(wholeA, givenKeyB + familyKeyB), jaroWinkler(givenKeyA + familyKeyA, wholeB)));
    }

    /**
     * Whether two names are probably the same person's: {@link #similarity} of at least
     * {@link #LIKELY_SAME_THRESHOLD}.
     */
    public static boolean likelySame(String familyA, String givenA, String familyB, String givenB) {
        return similarity(familyA, givenA, familyB, givenB) >= LIKELY_SAME_THRESHOLD;
    }

    /** Similarity of two single name parts: 0 for the two sex forms of one name, else Jaro-Winkler. */
    private static double partSimilarity(String a, String b) {
        return isOtherSexForm(a, b) || isOtherSexForm(b, a) ? 0.0 : jaroWinkler(a, b);
    }

    /** Whether {@code feminine} is {@code masculine} with the feminine ending: Karimova of Karimov, Amina of Amin. */
    private static boolean isOtherSexForm(String masculine, String feminine) {
        return feminine.equals(masculine + "a") && SEX_MARKED_ENDING.matcher(masculine).find();
    }

    /** Jaro-Winkler with the arguments in a fixed order, so that the result is symmetric. */
    private static double jaroWinkler(String a, String b) {
        return a.compareTo(b) <= 0 ? JARO_WINKLER.apply(a, b) : JARO_WINKLER.apply(b, a);
    }
}
