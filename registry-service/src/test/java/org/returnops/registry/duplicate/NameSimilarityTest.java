package org.returnops.registry.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @ParameterizedTest(name = "{0} {1} ~ {2} {3}")
    @CsvSource({
        "Рахимов, Фаррух, Rakhimov, Farrukh",
        "Рахимов, Фаррух, Rahimov, Farruh",
        "Rakhimov, Farrukh, Rahimov, Farruh",
        "Rakhimov, Farrukh, Rahimov, Faruh",
        "Джураев, Умед, Dzhuraev, Umed",
        "Juraev, Umed, Djuraev, Umed",
        "Юсупов, Анвар, Iusupov, Anvar",
        "Хабибуллоев, Шерзод, Habibulloev, Sherzod",
        "Ходжаев, Бахтиёр, Xo'jayev, Baxtiyor",
        "Каримова, Зарина, Karimova, Zarina",
        "Rakhimov, Farrukh, Farrukh, Rakhimov",
        "Rakhimov, Farrukh, Фаррух, Рахимов",
        "Sharipov, Dilshod, Saripov, Dilshod",
        "Ismoilov, Jamshed, Ismoilov, Jamshid",
        "Rakhimov, Farrukh, Rakhimov, Farrukhjon",
        "'Rakhimov Farrukh', , Rakhimov, Farrukh",
        ", 'Farrukh Rakhimov', Rakhimov, Farrukh",
    })
    void variantsAndSlipsOfOneNameAreLikelyTheSame(String familyA, String givenA, String familyB, String givenB) {
        assertThat(NameSimilarity.likelySame(familyA, givenA, familyB, givenB)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} is not {2} {3}")
    @CsvSource({
        "Rakhimov, Farrukh, Rakhmonov, Farrukh",
        "Rakhimov, Farrukh, Rakhimov, Firuz",
        "Rakhimov, Farrukh, Rakhimov, Farhod",
        "Rakhimov, Hasan, Rakhimov, Husan",
        "Kholov, Ali, Kholov, Vali",
        "Nazarov, Bahrom, Nazarov, Bahodur",
        "Aliev, Anvar, Aliev, Akbar",
        "Rakhimov, Farrukh, Sharipov, Farrukh",
        "Рахимов, Фаррух, Шарипов, Фаррух",
        "Karimov, Rustam, Karimova, Rustam",
        "Rakhimov, Farrukh, Rakhimova, Farrukha",
        "Каримов, Рустам, Karimova, Rustam",
        "Safarov, Amin, Safarov, Amina",
        "Yusupov, Anvar, Yusupova, Nigora",
        "Rakhimov, Farrukh, Rakhimova, Zarina",
        "Davlatov, Sherali, Davlatov, Sherzod",
    })
    void differentPeopleAreNotLikelyTheSame(String familyA, String givenA, String familyB, String givenB) {
        assertThat(NameSimilarity.likelySame(familyA, givenA, familyB, givenB)).isFalse();
    }

    /** The cases the threshold of 0.92 was chosen from: a slip in a long name above, a different short name below. */
    @ParameterizedTest(name = "{0} {1} ~ {2} {3} scores {4}")
    @CsvSource({
        "Рахимов, Фаррух, Rahimov, Farruh, 1.000",
        "Rakhimov, Farrukh, Farrukh, Rakhimov, 1.000",
        "Karimov, Rustam, Karimova, Rustam, 0.514",
        "Sharipov, Dilshod, Saripov, Dilshod, 0.963",
        "Ismoilov, Jamshed, Ismoilov, Jamshid, 0.943",
        "Rakhimov, Farrukh, Rakhimov, Farrukhjon, 0.925",
        "Kholov, Ali, Kholov, Vali, 0.917",
        "Sobirov, Dilshod, Sabirov, Dilshod, 0.914",
        "Rakhimov, Farrukh, Rakhmonov, Farrukh, 0.908",
        "Rakhimov, Hasan, Rakhimov, Husan, 0.880",
        "Rakhimov, Farrukh, Rakhimov, Farhod, 0.876",
        "Juraev, Umed, Juraev, Umid, 0.867",
        "Rakhimov, Farrukh, Sharipov, Farrukh, 0.813",
        "Rakhimov, Farrukh, Rakhimov, Firuz, 0.760",
    })
    void thresholdSeparatesSlipsFromOtherNames(String familyA, String givenA, String familyB, String givenB,
            double expected) {
        assertThat(NameSimilarity.similarity(familyA, givenA, familyB, givenB)).isCloseTo(expected, within(0.0015));
    }

    @ParameterizedTest(name = "[{0}] [{1}] ~ [{2}] [{3}] scores 0")
    @CsvSource(value = {
        "NULL, NULL, Rakhimov, Farrukh",
        "Rakhimov, Farrukh, '', '  '",
        "NULL, NULL, NULL, NULL",
        "'--', '42', Rakhimov, Farrukh",
    }, nullValues = "NULL")
    void nameWithoutLettersIsLikeNobody(String familyA, String givenA, String familyB, String givenB) {
        assertThat(NameSimilarity.similarity(familyA, givenA, familyB, givenB)).isZero();
        assertThat(NameSimilarity.likelySame(familyA, givenA, familyB, givenB)).isFalse();
    }

    @Test
    void thresholdIsDocumentedValue() {
        assertThat(NameSimilarity.LIKELY_SAME_THRESHOLD).isEqualTo(0.92);
    }

    /**
     * Property over random Latin names: the similarity is in [0, 1], symmetric, 1 for a name
     * compared with itself, and does not change when both records have their fields swapped.
     */
    @Test
    void similarityIsABoundedSymmetricScore() {
        Random random = new Random(7_031_992L);
        for (int i = 0; i < 3_000; i++) {
            String familyA = randomName(random);
            String givenA = randomName(random);
            String familyB = random.nextInt(4) == 0 ? mutate(familyA, random) : randomName(random);
            String givenB = random.nextInt(4) == 0 ? mutate(givenA, random) : randomName(random);
            double score = NameSimilarity.similarity(familyA, givenA, familyB, givenB);
            String pair = familyA + " " + givenA + " ~ " + familyB + " " + givenB;
            assertThat(score).as(pair).isBetween(0.0, 1.0);
            assertThat(NameSimilarity.similarity(familyB, givenB, familyA, givenA)).as(pair).isEqualTo(score);
            assertThat(NameSimilarity.similarity(givenA, familyA, givenB, familyB)).as(pair).isEqualTo(score);
            assertThat(NameSimilarity.similarity(familyA, givenA, familyA, givenA)).as(pair).isEqualTo(1.0);
        }
    }

    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        int length = 2 + random.nextInt(10);
        for (int i = 0; i < length; i++) {
            char letter = (char) ('a' + random.nextInt(26));
            name.append(i == 0 ? Character.toUpperCase(letter) : letter);
        }
        return name.toString();
    }

    private static String mutate(String name, Random random) {
        StringBuilder mutated = new StringBuilder(name);
        mutated.setCharAt(random.nextInt(name.length()), (char) ('a' + random.nextInt(26)));
        return mutated.toString();
    }
}
