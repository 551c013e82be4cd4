package org.returnops.registry.mrz;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MrzParserTest {

    /** ICAO 9303 part 4, specimen passport of Anna Maria Eriksson of Utopia. */
    private static final List<String> TD3 = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    /** ICAO 9303 part 5, specimen ID card. */
    private static final List<String> TD1 = List.of(
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    /** ICAO 9303 part 6, specimen TD2 document. */
    private static final List<String> TD2 = List.of(
            "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "D231458907UTO7408122F1204159<<<<<<<6");
    /** A Tajik passport built for these tests; the personal number is not used, its check digit is 0. */
    private static final List<String> TAJIK = List.of(
            "P<TJKRAKHIMOV<<FARRUKH<<<<<<<<<<<<<<<<<<<<<<",
            "4012345676TJK8803148M2906117<<<<<<<<<<<<<<00");

    private static final Clock MAY_2026 = Clock.fixed(LocalDate.of(2026, 5, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);

    @Test
    void readsTheIcaoSpecimenPassport() {
        MrzData mrz = MrzParser.parse(TD3, MAY_2026);

        assertThat(mrz).isEqualTo(new MrzData("TD3", "P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO",
                LocalDate.of(1974, 8, 12), "F", LocalDate.of(2012, 4, 15), "ZE184226B"));
        assertThat(mrz.documentType()).isEqualTo("PASSPORT");
    }

    @Test
    void readsTheIcaoSpecimenIdCard() {
        MrzData mrz = MrzParser.parse(TD1, MAY_2026);

        assertThat(mrz).isEqualTo(new MrzData("TD1", "I", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO",
                LocalDate.of(1974, 8, 12), "F", LocalDate.of(2012, 4, 15), null));
        assertThat(mrz.documentType()).isEqualTo("NATIONAL_ID");
    }

    @Test
    void readsTheIcaoSpecimenTd2() {
        MrzData mrz = MrzParser.parse(TD2, MAY_2026);

        assertThat(mrz).isEqualTo(new MrzData("TD2", "I", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO",
                LocalDate.of(1974, 8, 12), "F", LocalDate.of(2012, 4, 15), null));
        assertThat(mrz.documentType()).isEqualTo("NATIONAL_ID");
    }

    @Test
    void readsATajikPassport() {
        MrzData mrz = MrzParser.parse(TAJIK, MAY_2026);

        assertThat(mrz).isEqualTo(new MrzData("TD3", "P", "TJK", "RAKHIMOV", "FARRUKH", "401234567", "TJK",
                LocalDate.of(1988, 3, 14), "M", LocalDate.of(2029, 6, 11), null));
        assertThat(mrz.documentType()).isEqualTo("PASSPORT");
    }

    @Test
    void anUnusedPersonalNumberMayCarryAFillerAsItsCheckDigit() {
        List<String> lines = replace(TAJIK, 2, 43, '<');

        assertThat(MrzParser.parse(lines, MAY_2026)).isEqualTo(MrzParser.parse(TAJIK, MAY_2026));
    }

    @Test
    void aPersonalNumberThatIsUsedMustCarryARealCheckDigit() {
        MrzInvalid e = invalid(replace(TD3, 2, 43, '<'));

        assertThat(e.slug()).isEqualTo("mrz-check-digit");
        assertThat(e.field()).isEqualTo("optionalData");
        assertThat(e.getMessage()).isEqualTo("The check digit of optionalData is < but the data gives 1.");
    }

    @Test
    void readsAGermanIdCardWithAOneLetterStateAndUnspecifiedSex() {
        MrzData mrz = MrzParser.parse(List.of(
                "IDD<<T220001293<<<<<<<<<<<<<<<",
                "6408125<2010315D<<<<<<<<<<<<<4",
                "MUSTERMANN<<ERIKA<<<<<<<<<<<<<"), MAY_2026);

        assertThat(mrz).isEqualTo(new MrzData("TD1", "ID", "D", "MUSTERMANN", "ERIKA", "T22000129", "D",
                LocalDate.of(1964, 8, 12), "X", LocalDate.of(2020, 10, 31), null));
        assertThat(mrz.documentType()).isEqualTo("NATIONAL_ID");
    }

    @Test
    void readsLowerCaseAndIgnoresSurroundingBlanks() {
        List<String> lines = List.of("  " + TD3.get(0).toLowerCase(Locale.ROOT) + "\t",
                " " + TD3.get(1).toLowerCase(Locale.ROOT) + " ");

        assertThat(MrzParser.parse(lines, MAY_2026)).isEqualTo(MrzParser.parse(TD3, MAY_2026));
    }

    @Test
    void keepsInnerFillersOfOptionalDataAsSpacesAndJoinsBothTd1Fields() {
        List<String> lines = List.of(
                "I<UTOD231458907AB<12<<<<<<<<<<",
                "7408122F1204159UTO<<<<<<<<XY<",
                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        List<String> withComposite = List.of(lines.get(0), lines.get(1) + checkDigit(lines.get(0).substring(5)
                + lines.get(1).substring(0, 7) + lines.get(1).substring(8, 15) + lines.get(1).substring(18, 29)),
                lines.get(2));

        assertThat(MrzParser.parse(withComposite, MAY_2026).optionalData()).isEqualTo("AB 12 XY");
    }

    @Test
    void aPersonWithoutGivenNamesHasAnEmptyGivenName() {
        List<String> lines = List.of("P<TJKNAZAROVA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", TAJIK.get(1));

        MrzData mrz = MrzParser.parse(lines, MAY_2026);

        assertThat(mrz.surname()).isEqualTo("NAZAROVA");
        assertThat(mrz.givenNames()).isEmpty();
    }

    @Test
    void documentCodesTellTheDocumentType() {
        assertThat(data("P").documentType()).isEqualTo("PASSPORT");
        assertThat(data("PD").documentType()).isEqualTo("PASSPORT");
        assertThat(data("I").documentType()).isEqualTo("NATIONAL_ID");
        assertThat(data("ID").documentType()).isEqualTo("NATIONAL_ID");
        assertThat(data("A").documentType()).isEqualTo("NATIONAL_ID");
        assertThat(data("C").documentType()).isEqualTo("NATIONAL_ID");
        assertThat(data("V").documentType()).isEqualTo("OTHER");
    }

    @Nested
    class LongDocumentNumbers {

        @Test
        void aTd1NumberContinuesInTheOptionalData() {
            List<String> lines = List.of(
                    "I<UTOD23145890<7349<<<<<<<<<<<",
                    "7408122F1204159UTO<<<<<<<<<<<6",
                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

            MrzData mrz = MrzParser.parse(lines, MAY_2026);

            assertThat(mrz.documentNumber()).isEqualTo("D23145890734");
            assertThat(mrz.optionalData()).isNull();
        }

        @Test
        void aTd2NumberContinuesInTheOptionalData() {
            List<String> lines = List.of(
                    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
                    "D23145890<UTO7408122F12041597349<<<2");

            MrzData mrz = MrzParser.parse(lines, MAY_2026);

            assertThat(mrz.documentNumber()).isEqualTo("D23145890734");
            assertThat(mrz.optionalData()).isNull();
        }

        @Test
        void theCheckDigitAfterTheOverflowCoversTheWholeNumber() {
            MrzInvalid e = invalid(List.of(
                    "I<UTOD23145890<7348<<<<<<<<<<<",
                    "7408122F1204159UTO<<<<<<<<<<<6",
                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"));

            assertThat(e.slug()).isEqualTo("mrz-check-digit");
            assertThat(e.field()).isEqualTo("documentNumber");
            assertThat(e.getMessage()).isEqualTo("The check digit of documentNumber is 8 but the data gives 9.");
        }

        @Test
        void aFillerInPlaceOfTheCheckDigitWithoutAnOverflowIsUnreadable() {
            MrzInvalid e = invalid(List.of(
                    "I<UTOD23145890<<<<<<<<<<<<<<<<",
                    "7408122F1204159UTO<<<<<<<<<<<6",
                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"));

            assertThat(e.slug()).isEqualTo("mrz-format");
            assertThat(e.field()).isEqualTo("documentNumber");
            assertThat(e.getMessage()).startsWith("Line 1 holds < at position 15");
        }
    }

    @Nested
    class CheckDigits {

        @ParameterizedTest(name = "{0} line {1} position {2} -> {3}: {4}")
        @CsvSource({
            "TD3, 2, 10, 3, documentNumber, 3, 6",
            "TD3, 2, 3,  3, documentNumber, 6, 0",
            "TD3, 2, 20, 5, dateOfBirth,    5, 2",
            "TD3, 2, 16, 9, dateOfBirth,    2, 1",
            "TD3, 2, 28, 1, dateOfExpiry,   1, 9",
            "TD3, 2, 43, 7, optionalData,   7, 1",
            "TD3, 2, 30, 3, optionalData,   1, 8",
            "TD3, 2, 44, 4, composite,      4, 0",
            "TD2, 2, 10, 1, documentNumber, 1, 7",
            "TD2, 2, 20, 0, dateOfBirth,    0, 2",
            "TD2, 2, 24, 5, dateOfExpiry,   9, 4",
            "TD2, 2, 36, 3, composite,      3, 6",
            "TD1, 1, 15, 0, documentNumber, 0, 7",
            "TD1, 2, 7,  8, dateOfBirth,    8, 2",
            "TD1, 2, 15, 4, dateOfExpiry,   4, 9",
            "TD1, 2, 30, 2, composite,      2, 6",
            "TD1, 2, 19, 5, composite,      6, 1",
            "TD1, 1, 20, X, composite,      6, 9"
        })
        void aChangedCharacterFailsTheCheckDigitOfItsField(String format, int line, int position, char replacement,
                String field, char printed, int computed) {
            MrzInvalid e = invalid(replace(specimen(format), line, position, replacement));

            assertThat(e.status()).isEqualTo(422);
            assertThat(e.slug()).isEqualTo("mrz-check-digit");
            assertThat(e.title()).isEqualTo("MRZ check digit failed");
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage())
                    .isEqualTo("The check digit of " + field + " is " + printed + " but the data gives " + computed
                            + ".");
        }

        @Test
        void aNumberChangedTogetherWithItsCheckDigitIsCaughtByTheComposite() {
            List<String> lines = List.of(TD3.get(0), "L898912C37" + TD3.get(1).substring(10));

            MrzInvalid e = invalid(lines);

            assertThat(e.field()).isEqualTo("composite");
            assertThat(e.getMessage()).isEqualTo("The check digit of composite is 0 but the data gives 8.");
        }

        @Test
        void aLetterWhereACheckDigitBelongsIsUnreadable() {
            MrzInvalid e = invalid(replace(TAJIK, 2, 10, 'A'));

            assertThat(e.slug()).isEqualTo("mrz-format");
            assertThat(e.field()).isEqualTo("documentNumber");
            assertThat(e.getMessage()).isEqualTo("Line 2 holds 'A' at position 10, where the check digit of "
                    + "documentNumber belongs; a check digit is 0-9.");
        }

        @Test
        void theCheckDigitFollowsIcao9303() {
            assertThat(MrzParser.checkDigit("L898902C3")).isEqualTo(6);
            assertThat(MrzParser.checkDigit("740812")).isEqualTo(2);
            assertThat(MrzParser.checkDigit("ZE184226B<<<<<")).isEqualTo(1);
            assertThat(MrzParser.checkDigit("<<<<<<<<<<<<<<")).isZero();
            assertThat(MrzParser.checkDigit("D23145890734")).isEqualTo(9);
        }
    }

    @Nested
    class Unreadable {

        @Test
        void twoOrThreeLinesAreNeeded() {
            String expected = "An MRZ has 2 lines (passport TD3, or TD2) or 3 lines (ID card TD1), not ";
            assertFormat(null, "lines", expected + "0.");
            assertFormat(List.of(), "lines", expected + "0.");
            assertFormat(List.of(TD3.get(1)), "lines", expected + "1.");
            List<String> four = new ArrayList<>(TD1);
            four.add(TD1.get(2));
            assertFormat(four, "lines", expected + "4.");
        }

        @Test
        void aMissingLineIsNamed() {
            assertFormat(Arrays.asList(TD3.get(0), null), "lines", "Line 2 is missing.");
        }

        @Test
        void aLineOfTheWrongLengthIsNamed() {
            assertFormat(List.of(TD3.get(0), TD3.get(1).substring(1)), "lines",
                    "Line 2 has 43 characters; line 1 makes this a TD3 zone, whose lines have 44.");
            assertFormat(List.of(TD2.get(0), TD3.get(1)), "lines",
                    "Line 2 has 44 characters; line 1 makes this a TD2 zone, whose lines have 36.");
            assertFormat(List.of(TD3.get(0).substring(4), TD3.get(1)), "lines",
                    "Line 1 has 40 characters; each line of a two-line MRZ has 44 (passport, TD3) or 36 (TD2).");
            assertFormat(List.of(TD1.get(0), TD1.get(1)), "lines",
                    "Line 1 has 30 characters; each line of a two-line MRZ has 44 (passport, TD3) or 36 (TD2).");
            assertFormat(List.of(TD1.get(0), TD1.get(1), TD1.get(2) + "<"), "lines",
                    "Line 3 has 31 characters; line 1 makes this a TD1 zone, whose lines have 30.");
            assertFormat(List.of(TD2.get(0), TD2.get(1), TD2.get(0)), "lines",
                    "Line 1 has 36 characters; each line of a three-line MRZ (TD1) has 30.");
        }

        @Test
        void aCharacterOutsideTheMrzAlphabetIsNamedWithItsPosition() {
            assertFormat(replace(TD3, 1, 6, '*'), "lines",
                    "Line 1 has '*' at position 6; an MRZ holds only A-Z, 0-9 and <.");
            assertFormat(replace(TD3, 2, 12, ' '), "lines",
                    "Line 2 has a space at position 12; an MRZ holds only A-Z, 0-9 and <.");
            assertFormat(replace(TD3, 1, 1, 'Р'), "lines",
                    "Line 1 has 'Р' at position 1; an MRZ holds only A-Z, 0-9 and <.");
            assertFormat(replace(TD3, 1, 19, 'ı'), "lines",
                    "Line 1 has 'ı' at position 19; an MRZ holds only A-Z, 0-9 and <.");
            assertFormat(replace(TD3, 2, 30, '\t'), "lines",
                    "Line 2 has the character U+0009 at position 30; an MRZ holds only A-Z, 0-9 and <.");
        }

        @Test
        void the31stOfFebruaryIsNotADate() {
            List<String> lines = List.of(TAJIK.get(0), td3Line2("401234567", "TJK", "880231", 'M', "290611", ""));

            assertFormat(lines, "dateOfBirth", "Line 2 holds 880231 at positions 14-19 as dateOfBirth, which is "
                    + "not a date: February 1988 has no day 31.");
        }

        @Test
        void monthThirteenIsNotADate() {
            List<String> lines = List.of(TAJIK.get(0), td3Line2("401234567", "TJK", "880314", 'M', "291311", ""));

            assertFormat(lines, "dateOfExpiry", "Line 2 holds 291311 at positions 22-27 as dateOfExpiry, which is "
                    + "not a date: there is no month 13.");
        }

        @Test
        void aDateMustBeDigits() {
            List<String> lines = List.of(TAJIK.get(0), td3Line2("401234567", "TJK", "88O314", 'M', "290611", ""));

            assertFormat(lines, "dateOfBirth",
                    "Line 2 holds 88O314 at positions 14-19 as dateOfBirth; a date is six digits YYMMDD.");
        }

        @Test
        void sexIsMaleFemaleOrUnspecified() {
            assertFormat(replace(TAJIK, 2, 21, 'Q'), "sex",
                    "Line 2 holds 'Q' at position 21 as sex; it must be M, F or <.");
            assertThat(MrzParser.parse(replace(TAJIK, 2, 21, '<'), MAY_2026).sex()).isEqualTo("X");
            assertThat(MrzParser.parse(replace(TAJIK, 2, 21, 'F'), MAY_2026).sex()).isEqualTo("F");
        }

        @Test
        void statesAreLetters() {
            assertFormat(replace(TAJIK, 1, 4, '1'), "issuingState", "Line 1 holds T1K at positions 3-5 as "
                    + "issuingState; it must be a three-letter code such as TJK, padded with < when shorter.");
            List<String> lines = List.of(TAJIK.get(0), td3Line2("401234567", "<JK", "880314", 'M', "290611", ""));
            assertFormat(lines, "nationality", "Line 2 holds <JK at positions 11-13 as nationality; it must be a "
                    + "three-letter code such as TJK, padded with < when shorter.");
        }

        @Test
        void theZoneStartsWithADocumentCode() {
            assertFormat(replace(TAJIK, 1, 1, '<'), "documentCode", "Line 1 starts with <<; an MRZ starts with the "
                    + "document code, a letter such as P, I, A, C or V, then a letter or <.");
        }

        @Test
        void namesAreLettersAndASurnameIsPresent() {
            assertFormat(replace(TAJIK, 1, 8, '0'), "surname",
                    "Line 1 holds '0' at position 8 in the name; names in an MRZ are letters and < only.");
            assertFormat(replace(TAJIK, 1, 17, '1'), "givenNames",
                    "Line 1 holds '1' at position 17 in the name; names in an MRZ are letters and < only.");
            assertFormat(List.of("P<TJK<<FARRUKH<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", TAJIK.get(1)), "surname",
                    "Line 1 holds no surname: the name at position 6 starts with <.");
        }

        private void assertFormat(List<String> lines, String field, String detail) {
            MrzInvalid e = invalid(lines);
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.slug()).isEqualTo("mrz-format");
            assertThat(e.title()).isEqualTo("MRZ cannot be read");
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(detail);
        }
    }

    @Nested
    class Centuries {

        @ParameterizedTest(name = "on {0} a birth date {1} is {2}")
        @CsvSource({
            "2026-05-01, 880314, 1988-03-14",
            "2026-05-01, 260501, 2026-05-01",
            "2026-05-01, 260502, 1926-05-02",
            "2026-05-01, 251231, 2025-12-31",
            "2026-05-01, 270101, 1927-01-01",
            "2026-05-01, 000229, 2000-02-29",
            "2000-01-01, 000101, 2000-01-01",
            "2000-01-01, 991231, 1999-12-31",
            "1999-06-30, 000101, 1900-01-01"
        })
        void aBirthYearIsTheLatestThatIsNotInTheFuture(LocalDate today, String yymmdd, LocalDate expected) {
            List<String> lines = List.of(TAJIK.get(0), td3Line2("401234567", "TJK", yymmdd, 'M', "290611", ""));

            assertThat(MrzParser.parse(lines, clockAt(today)).dateOfBirth()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "on {0} an expiry date {1} is {2}")
        @CsvSource({
            "2026-05-01, 290611, 2029-06-11",
            "2026-05-01, 150101, 2015-01-01",
            "2026-05-01, 991231, 2099-12-31",
            "1999-06-30, 000101, 2000-01-01"
        })
        void anExpiryYearIsInThe2000s(LocalDate today, String yymmdd, LocalDate expected) {
            List<String> lines = List.of(TAJIK.get(0), td3Line2("401234567", "TJK", "880314", 'M', yymmdd, ""));

            assertThat(MrzParser.parse(lines, clockAt(today)).dateOfExpiry()).isEqualTo(expected);
        }

        @Test
        void the29thOfFebruary1900DidNotExist() {
            List<String> lines = List.of(TAJIK.get(0), td3Line2("401234567", "TJK", "000229", 'M', "290611", ""));

            MrzInvalid e = catchThrowableOfType(MrzInvalid.class,
                    () -> MrzParser.parse(lines, clockAt(LocalDate.of(1999, 6, 30))));

            assertThat(e.slug()).isEqualTo("mrz-format");
            assertThat(e.getMessage()).endsWith("which is not a date: February 1900 has no day 29.");
        }
    }

    /**
     * Property-style checks over input spaces too large for hand-picked examples: every single-digit change,
     * exhaustively, and a seeded sample of well-formed passports.
     */
    @Nested
    class Properties {

        @Test
        void changingAnySingleDigitOfAPassportsSecondLineIsDetected() {
            SoftAssertions softly = new SoftAssertions();
            int changes = 0;
            for (List<String> passport : List.of(TD3, TAJIK)) {
                for (int position = 1; position <= 44; position++) {
                    char original = passport.get(1).charAt(position - 1);
                    for (char digit = '0'; digit <= '9'; digit++) {
                        if (Character.isDigit(original) && original != digit) {
                            MrzInvalid e = invalid(replace(passport, 2, position, digit));
                            softly.assertThat(e.slug()).as("%s at %d", digit, position).isEqualTo("mrz-check-digit");
                            softly.assertThat(e.field()).as("%s at %d", digit, position)
                                    .isEqualTo(td3FieldAt(position));
                            changes++;
                        }
                    }
                }
            }
            softly.assertAll();
            assertThat(changes).isGreaterThan(400);
        }

        @Test
        void passportsBuiltWithCorrectCheckDigitsReadBack() {
            Random random = new Random(9303);
            long firstBirth = LocalDate.of(1927, 5, 2).toEpochDay();
            long lastBirth = LocalDate.of(2026, 5, 1).toEpochDay();
            long firstExpiry = LocalDate.of(2000, 1, 1).toEpochDay();
            long lastExpiry = LocalDate.of(2099, 12, 31).toEpochDay();
            for (int i = 0; i < 1000; i++) {
                String number = randomText(random, 1, 9);
                LocalDate birth = LocalDate.ofEpochDay(firstBirth + random.nextLong(lastBirth - firstBirth + 1));
                LocalDate expiry = LocalDate.ofEpochDay(firstExpiry + random.nextLong(lastExpiry - firstExpiry + 1));
                char sex = "MF<".charAt(random.nextInt(3));
                String personal = randomText(random, 0, 14);
                List<String> lines = List.of("P<TJKRAKHIMOV<<FARRUKH<<<<<<<<<<<<<<<<<<<<<<",
                        td3Line2(number, "TJK", yymmdd(birth), sex, yymmdd(expiry), personal));

                assertThat(MrzParser.parse(lines, MAY_2026)).as("%s", lines)
                        .isEqualTo(new MrzData("TD3", "P", "TJK", "RAKHIMOV", "FARRUKH", number, "TJK", birth,
                                sex == '<' ? "X" : String.valueOf(sex), expiry, personal.isEmpty() ? null : personal));
            }
        }

        private static String randomText(Random random, int minLength, int maxLength) {
            String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            StringBuilder text = new StringBuilder();
            int length = minLength + random.nextInt(maxLength - minLength + 1);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        }

        private static String td3FieldAt(int position) {
            if (position <= 10) {
                return "documentNumber";
            }
            if (position >= 14 && position <= 20) {
                return "dateOfBirth";
            }
            if (position >= 22 && position <= 28) {
                return "dateOfExpiry";
            }
            if (position >= 29 && position <= 43) {
                return "optionalData";
            }
            return "composite";
        }

        private static String yymmdd(LocalDate date) {
            return String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
        }
    }

    private static MrzData data(String documentCode) {
        String line1 = (documentCode + "<").substring(0, 2) + TAJIK.get(0).substring(2);
        return MrzParser.parse(List.of(line1, TAJIK.get(1)), MAY_2026);
    }

    private static MrzInvalid invalid(List<String> lines) {
        MrzInvalid e = catchThrowableOfType(MrzInvalid.class, () -> MrzParser.parse(lines, MAY_2026));
        assertThat(e).as("MrzInvalid for %s", lines).isNotNull();
        return e;
    }

    private static List<String> specimen(String format) {
        return switch (format) {
            case "TD1" -> TD1;
            case "TD2" -> TD2;
            default -> TD3;
        };
    }

    /** The lines with the character at {@code position} (from 1) of line {@code line} (from 1) replaced. */
    private static List<String> replace(List<String> lines, int line, int position, char replacement) {
        List<String> changed = new ArrayList<>(lines);
        String text = changed.get(line - 1);
        changed.set(line - 1, text.substring(0, position - 1) + replacement + text.substring(position));
        return changed;
    }

    /** Line 2 of a passport with every check digit computed here, independently of the parser. */
    private static String td3Line2(String number, String nationality, String birth, char sex, String expiry,
            String personal) {
        String paddedNumber = pad(number, 9);
        String paddedPersonal = pad(personal, 14);
        String line = paddedNumber + checkDigit(paddedNumber) + nationality + birth + checkDigit(birth) + sex
                + expiry + checkDigit(expiry) + paddedPersonal + checkDigit(paddedPersonal);
        return line + checkDigit(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43));
    }

    private static char checkDigit(String data) {
        String values = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            sum += (c == '<' ? 0 : values.indexOf(c)) * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    private static String pad(String value, int length) {
        return (value + "<".repeat(length)).substring(0, length);
    }

    private static Clock clockAt(LocalDate today) {
        return Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
}
