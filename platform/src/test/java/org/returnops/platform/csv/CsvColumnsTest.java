package org.returnops.platform.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvColumnsTest {

    record Person(String family, String given, LocalDate born) {
    }

    private static final CsvColumns<Person> COLUMNS = CsvColumns.<Person>builder()
            .column("family_name", Person::family)
            .column("given_name", Person::given)
            .column("date_of_birth", Person::born)
            .build();

    @Test
    void theFileStartsWithAByteOrderMarkAndTheDeclaredHeader() throws IOException {
        byte[] file = export(new Person("Rakhimov", "Farrukh", LocalDate.of(1990, 3, 14)));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFfamily_name,given_name,date_of_birth\r\nRakhimov,Farrukh,1990-03-14\r\n");
        assertThat(COLUMNS.header()).isEqualTo("\uFEFFfamily_name,given_name,date_of_birth\r\n");
    }

    @Test
    void cyrillicAndUzbekLettersComeBackAsWritten() throws IOException {
        String text = new String(export(new Person("Раҳимов", "Oʻrinboy", null)), StandardCharsets.UTF_8);

        assertThat(text.lines().toList().get(1)).isEqualTo("Раҳимов,Oʻrinboy,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tTab", "\rReturn"})
    void aValueASpreadsheetWouldRunAsAFormulaIsGuarded(String family) {
        String line = COLUMNS.line(new Person(family, "A", null));

        assertThat(line).matches("\"?'" + java.util.regex.Pattern.quote(family.replace("\"", "\"\"")) + "\"?,A,\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(COLUMNS.line(new Person("Export, \"Test\"", "two\nlines", null)))
                .isEqualTo("\"Export, \"\"Test\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void onlyWhatNeedsQuotesIsQuoted() {
        assertThat(COLUMNS.line(new Person("97fe92ce-0911-4100-b1f4-44e003403b7d", "T10379 11", LocalDate.of(2014, 11, 28))))
                .isEqualTo("97fe92ce-0911-4100-b1f4-44e003403b7d,T10379 11,2014-11-28\r\n");
    }

    @Test
    void columnNamesAreSnakeCaseAndUnique() {
        assertThatThrownBy(() -> CsvColumns.<Person>builder().column("familyName", Person::family))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvColumns.<Person>builder().column("name", Person::family).column("name", Person::given))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] export(Person... people) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvColumns.Output<Person> out = COLUMNS.open(bytes)) {
            for (Person person : people) {
                out.write(person);
            }
        }
        return bytes.toByteArray();
    }
}
