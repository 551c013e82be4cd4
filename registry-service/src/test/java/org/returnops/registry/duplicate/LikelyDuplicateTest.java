package org.returnops.registry.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikelyDuplicateTest {

    private static final LocalDate BIRTH = LocalDate.of(1994, 3, 21);

    /** Columns: family and given in Latin, family and given in Cyrillic, for A then for B; empty is absent. */
    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} ~ {4} {5} {6} {7}")
    @CsvSource({
        ",,Рахимов,Фаррух,Rakhimov,Farrukh,,",
        "Rakhimov,Farrukh,,,Rahimov,Farruh,,",
        ",,Рахимов,Фаррух,,,Рахимов,Фаррух",
        ",,Рахимов,Фаррух,Rahimov,Farruh,,",
        "Rakhimov,Farrukh,Рахимов,Фаррух,,,Раҳимов,Фаррух",
        "Farrukh,Rakhimov,,,Rakhimov,Farrukh,,",
        ",,Фаррух,Рахимов,Rakhimov,Farrukh,,",
        "Dzhuraev,Umed,,,,,Ҷӯраев,Умед",
        "Iusupov,Anvar,Юсупов,Анвар,Yusupov,Anvar,,",
        "Khabibulloev,Sherzod,,,Habibulloev,Sherzod,Хабибуллоев,Шерзод",
        "Karimova,Zarina,,,,,Каримова,Зарина",
        "Sharipov,Dilshod,,,Saripov,Dilshod,Шарипов,Дилшод",
        "Rakhmonov,Farrukh,Рахимов,Фаррух,Rakhimov,Farrukh,,",
    })
    void sameBirthDateAndLikelySameNamesIsADuplicate(String familyLatinA, String givenLatinA, String familyCyrillicA,
            String givenCyrillicA, String familyLatinB, String givenLatinB, String familyCyrillicB,
            String givenCyrillicB) {
        PersonNames a = new PersonNames(familyLatinA, givenLatinA, familyCyrillicA, givenCyrillicA);
        PersonNames b = new PersonNames(familyLatinB, givenLatinB, familyCyrillicB, givenCyrillicB);

        assertThat(LikelyDuplicate.likelyDuplicate(a, BIRTH, b, BIRTH)).isTrue();
        assertThat(LikelyDuplicate.likelyDuplicate(b, BIRTH, a, BIRTH)).isTrue();
    }

    /** Same columns; these are different people born on the same day, most of them twins. */
    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} is not {4} {5} {6} {7}")
    @CsvSource({
        "Rakhimov,Farrukh,,,Rakhimov,Firuz,,",
        ",,Рахимов,Фаррух,,,Рахимов,Фирӯз",
        ",,Рахимов,Хасан,Rakhimov,Husan,,",
        "Rakhimov,Farrukh,,,Rakhmonov,Farrukh,,",
        ",,Рахимов,Фаррух,,,Рахмонов,Фаррух",
        "Karimov,Rustam,,,Karimova,Rustam,,",
        ",,Каримов,Фаррух,,,Каримова,Фарруха",
        "Rakhimov,Farrukh,,,Rakhimova,Zarina,,",
        "Rakhimov,Farrukh,,,Sharipov,Farrukh,,",
        ",,Рахимов,Фаррух,Sharipov,Farrukh,,",
        "Nazarov,Bahrom,,,Nazarov,Bahodur,,",
        "Yusupov,Anvar,Юсупов,Анвар,Yusupova,Nigora,Юсупова,Нигора",
    })
    void differentPeopleBornTheSameDayAreNotDuplicates(String familyLatinA, String givenLatinA,
            String familyCyrillicA, String givenCyrillicA, String familyLatinB, String givenLatinB,
            String familyCyrillicB, String givenCyrillicB) {
        PersonNames a = new PersonNames(familyLatinA, givenLatinA, familyCyrillicA, givenCyrillicA);
        PersonNames b = new PersonNames(familyLatinB, givenLatinB, familyCyrillicB, givenCyrillicB);

        assertThat(LikelyDuplicate.likelyDuplicate(a, BIRTH, b, BIRTH)).isFalse();
        assertThat(LikelyDuplicate.likelyDuplicate(b, BIRTH, a, BIRTH)).isFalse();
    }

    @ParameterizedTest(name = "born {0} and {1}: not a duplicate")
    @CsvSource({
        "1994-03-21, 1994-03-22",
        "1994-03-21, 1995-03-21",
        "1994-03-21, 1994-12-03",
        "1994-03-21,",
        ",1994-03-21",
        ",",
    })
    void equalNamesWithDifferentOrMissingBirthDatesAreNotDuplicates(LocalDate birthA, LocalDate birthB) {
        PersonNames a = PersonNames.cyrillic("Рахимов", "Фаррух");
        PersonNames b = PersonNames.latin("Rakhimov", "Farrukh");

        assertThat(LikelyDuplicate.likelyDuplicate(a, birthA, b, birthB)).isFalse();
        assertThat(LikelyDuplicate.score(a, b)).isEqualTo(1.0);
    }

    @Test
    void scoreIsTheBestPairingOfScripts() {
        PersonNames mistypedLatin = new PersonNames("Rakhmonov", "Farrukh", "Рахимов", "Фаррух");
        PersonNames latinOnly = PersonNames.latin("Rakhimov", "Farrukh");

        assertThat(LikelyDuplicate.score(mistypedLatin, latinOnly)).isEqualTo(1.0);
        assertThat(LikelyDuplicate.score(PersonNames.latin("Rakhmonov", "Farrukh"), latinOnly))
                .isCloseTo(0.908, within(0.001));
    }

    @Test
    void scoreIsZeroWhenTheScriptsPresentHaveNoLetters() {
        PersonNames digitsOnly = new PersonNames("123", null, null, null);

        assertThat(LikelyDuplicate.score(digitsOnly, PersonNames.latin("Rakhimov", "Farrukh"))).isZero();
    }

    @Test
    void personNamesNeedAtLeastOnePart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonNames(null, " ", "", null));
    }

    @Test
    void personNamesKnowWhichScriptsArePresent() {
        PersonNames latinFamilyOnly = new PersonNames("Rakhimov", null, " ", null);

        assertThat(latinFamilyOnly.hasLatin()).isTrue();
        assertThat(latinFamilyOnly.hasCyrillic()).isFalse();
        assertThat(PersonNames.cyrillic("Рахимов", "Фаррух").hasCyrillic()).isTrue();
    }
}
