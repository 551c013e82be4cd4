package org.returnops.registry.duplicate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Script-independent keys for people's names, so that one person written in Cyrillic on a
 * Kazakh migration card, in English-style Latin in a Tajik passport and in Uzbek-style Latin
 * by a volunteer is found by one search and recognised as one person.
 *
 * <p>There are two layers:
 * <ol>
 *   <li><b>Latin text</b> ({@link #latin(String)}): ICU transliteration of any script to
 *       lower-case ASCII. Cyrillic goes through ICU's {@code uz_Cyrl-uz_Latn} transform, not the
 *       ISO 9 {@code Cyrillic-Latin} one, because ISO 9 writes ш, ж, ч as š, ž, č and
 *       {@code Latin-ASCII} then flattens them to s, z, c: Шарипов would become "saripov" and
 *       Жанна "zanna", losing exactly the distinctions every passport spelling keeps. The Uzbek
 *       transform writes sh, ch, j, yo, yu, ya, q, g' and h like Central Asian passports do. ICU
 *       has no Tajik transform, so the three Tajik-only letters are first rewritten to the
 *       letters Tajik names take in Russian and Uzbek Cyrillic (ҷ to ж, ӯ to у, ӣ to и); what
 *       the Uzbek transform leaves (щ, ы, Kazakh letters) goes through {@code Russian-Latin/BGN}
 *       and {@code Any-Latin}. For the same reason the Latin š, ž, č of names already written in
 *       ISO 9 or Czech style (Šaripov) become sh, zh, ch before {@code Latin-ASCII}.</li>
 *   <li><b>Phonetic key</b> ({@link #phoneticKey(String)}): folds the spellings that the usual
 *       romanisations (passport English-style, BGN, ICAO 9303, Uzbek and Tajik Latin) produce
 *       for the same Cyrillic letter, and nothing more. Each rule below is such a pair:
 *       <ul>
 *         <li>at the end of a word {@code iy, yy, ij, y} become {@code i} (Yevgeniy,
 *             Evgenij, Evgeny; Aleksey, Aleksei). A vowel + {@code j} is left alone: in these
 *             names it is far more often the j of Iraj (Ираж, Iradzh) than the й of a German
 *             style Aleksej;</li>
 *         <li>{@code dzh, dj, zh} become {@code j} (Dzhuraev, Djuraev, Juraev; Zhanna, Janna:
 *             Tajik and Uzbek Cyrillic write the j sound with ж);</li>
 *         <li>{@code kh} and {@code x} become {@code h} (Rakhimov, Raximov, Rahimov: x is
 *             Uzbek Latin for х), {@code gh} becomes {@code g} (Ghafurov, Gafurov),
 *             {@code q} becomes {@code k} (Qodirov, Kodirov), {@code ts} becomes {@code c}
 *             (Tsoy; ISO 9 writes ц as c), {@code w} becomes {@code v};</li>
 *         <li>double letters become single (Farrukh, Farukh);</li>
 *         <li>{@code ye} becomes {@code e} (Dzhurayev, Juraev; Yevgeniy, Evgeniy) and
 *             {@code ie} at the start of a word becomes {@code e} (Ielena, Elena);</li>
 *         <li>{@code y} next to a vowel becomes {@code i}: yu, ya, yo are written iu, ia, io
 *             by ICAO 9303 (Yusupov, Iusupov; Yuliya, Iuliia), and й after a vowel is y or i
 *             (Aygul, Aigul);</li>
 *         <li>{@code ou} becomes {@code u} (French-style Youssoupov);</li>
 *         <li>everything that is not a letter is removed, so Abdul-Karim, Abdul Karim and
 *             Abdulkarim are one key.</li>
 *       </ul>
 *   </li>
 * </ol>
 *
 * <p>Deliberately <em>not</em> folded:
 * <ul>
 *   <li>{@code sh} and {@code s}: ш and с are different sounds and every romanisation in use
 *       keeps them apart; only ISO 9 with its diacritics stripped (Šaripov to Saripov) merges
 *       them, and folding would also merge real pairs such as Shodiev and Sodiev. Sharipov and
 *       Saripov therefore get different keys; {@link NameSimilarity} still rates them likely
 *       the same (0.96), so the slip is caught where it matters.</li>
 *   <li>The iotated vowels keep their glide as {@code i} (Yusupov gives "iusupov") instead of
 *       dropping it: dropping it would make Aliya equal Alla, Mariya equal Mara and Diana equal
 *       Dana.</li>
 *   <li>Sex endings: Karimov and Karimova are different keys, because they are different
 *       people's names.</li>
 *   <li>Different names that sound alike (Rakhimov, Rakhmonov; Ibrohim, Ibragim): the key
 *       only absorbs spelling, {@link NameSimilarity} measures closeness.</li>
 * </ul>
 * Known ambiguity: s + kh folds to s + h, so Исхаков (Iskhakov) and Ишаков (Ishakov) share
 * the key "ishakov"; Ishakov is also a common spelling of Исхаков, so the merge is accepted.
 *
 * <p><b>Search.</b> {@link #searchText(String...)} stores both the plain Latin words and
 * their phonetic keys; {@link #searchTerm(String)} turns a query into phonetic keys only. A
 * query in either script and in any of the spellings above therefore finds the person: store
 * {@code searchText(...)} in the {@code search_text} column and require every space-separated
 * token of {@code searchTerm(query)} to occur in it (for example one
 * {@code search_text LIKE '%' || token || '%'} per token, which a pg_trgm index serves). The
 * plain Latin words are kept so the column stays readable and so that exact spellings still
 * match when a caller searches it without {@code searchTerm}.
 */
public final class NameKeys {

    private static final String LATIN_RULES = String.join("\n",
            "::NFC;",
            "::Lower;",
            "ҷ > ж;",
            "ӯ > у;",
            "ӣ > и;",
            "::uz_Cyrl-uz_Latn;",
            "::Russian-Latin/BGN;",
            "::Any-Latin;",
            "ə > a;",
            "š > sh;",
            "ž > zh;",
            "č > ch;",
            "::Latin-ASCII;",
            "::Lower;");

    /** Pooled copies: request threads transliterate at once without sharing an ICU transliterator. */
    private static final Transliteration TO_LATIN = Transliteration.fromRules("ReturnOps-Names-Latin", LATIN_RULES);

    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^a-z0-9'`]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");
    private static final Pattern FINAL_I = Pattern.compile("(?:iy|yy|ij|y)$");
    private static final Pattern DOUBLE_LETTER = Pattern.compile("([a-z])\\1+");
    private static final Pattern INITIAL_IE = Pattern.compile("^ie");
    private static final Pattern Y_BEFORE_VOWEL = Pattern.compile("y(?=[aeiou])");
    private static final Pattern Y_AFTER_VOWEL = Pattern.compile("(?<=[aeiou])y");

    private NameKeys() {
    }

    /**
     * Lower-case ASCII Latin form of a name in any script, keeping word separators; "" for
     * {@code null}.
     */
    public static String latin(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return TO_LATIN.transliterate(text.strip()).toLowerCase(Locale.ROOT);
    }

    /**
     * Spelling-independent key of a name in any script: the same for the usual
     * transliteration variants of one name (see the class comment for the exact rules), only
     * letters a-z, "" for {@code null} or a name without letters.
     */
    public static String phoneticKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : words(latin(name))) {
            key.append(foldWord(word));
        }
        return key.toString();
    }

    /**
     * Text to store in the {@code search_text} column: the Latin words of all non-null parts,
     * then the phonetic key of every word and of every part that has several words,
     * de-duplicated in that order and joined with single spaces.
     */
    public static String searchText(String... nameParts) {
        Set<String> tokens = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>();
        if (nameParts != null) {
            for (String part : nameParts) {
                List<String> partWords = words(latin(part));
                for (String word : partWords) {
                    String plain = NOT_LETTER_OR_DIGIT.matcher(word).replaceAll("");
                    if (!plain.isEmpty()) {
                        tokens.add(plain);
                    }
                    keys.add(foldWord(word));
                }
                if (partWords.size() > 1) {
                    keys.add(phoneticKey(part));
                }
            }
        }
        for (String key : keys) {
            if (!key.isEmpty()) {
                tokens.add(key);
            }
        }
        return String.join(" ", tokens);
    }

    /**
     * A user's query normalised like {@link #searchText(String...)}: the phonetic key of each
     * word, de-duplicated and joined with single spaces; "" when nothing searchable is left.
     * Every token must occur in the stored search text.
     */
    public static String searchTerm(String query) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : words(latin(query))) {
            String key = foldWord(word);
            if (!key.isEmpty()) {
                tokens.add(key);
            }
        }
        return String.join(" ", tokens);
    }

    private static List<String> words(String latinText) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATOR.split(latinText)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String foldWord(String word) {
        String w = NOT_LETTER.matcher(word).replaceAll("");
        w = FINAL_I.matcher(w).replaceAll("i");
        w = w.replace("dzh", "j")
                .replace("dj", "j")
                .replace("zh", "j")
                .replace("kh", "h")
                .replace('x', 'h')
                .replace("gh", "g")
                .replace('q', 'k')
                .replace("ts", "c")
                .replace('w', 'v');
        w = DOUBLE_LETTER.matcher(w).replaceAll("$1");
        w = w.replace("ye", "e");
        w = INITIAL_IE.matcher(w).replaceAll("e");
        w = Y_BEFORE_VOWEL.matcher(w).replaceAll("i");
        w = Y_AFTER_VOWEL.matcher(w).replaceAll("i");
        w = w.replace("ou", "u");
        return DOUBLE_LETTER.matcher(w).replaceAll("$1");
    }
}
