package org.returnops.platform.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The columns of one CSV export, declared once: a stable snake_case name for each (the header partners build on)
 * and how a row fills it. Every export of the suite is written through here, so all of them are alike:
 * RFC 4180 (comma, CRLF, a field quoted when it holds a comma, quote or line break; Jackson's CSV writer does
 * the quoting), UTF-8 starting with a byte-order mark (so a spreadsheet reads Cyrillic as Cyrillic), and a
 * leading apostrophe on any value a spreadsheet would run as a formula: one starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (OWASP "CSV injection"). Names are typed in the field by many
 * hands before they reach someone's spreadsheet.
 *
 * @param <T> what one line of the export is made from
 */
public final class CsvColumns<T> {

    /** The UTF-8 byte-order mark, first in every export. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Quotes only where RFC 4180 needs it, so ids, dates and plates stay as they are. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private final List<String> names;
    private final List<Function<? super T, ?>> values;
    private final ObjectWriter writer;

    private CsvColumns(List<String> names, List<Function<? super T, ?>> values) {
        this.names = List.copyOf(names);
        this.values = List.copyOf(values);
        CsvSchema.Builder schema = CsvSchema.builder().setLineSeparator("\r\n");
        names.forEach(schema::addColumn);
        this.writer = MAPPER.writer(schema.build());
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public List<String> names() {
        return names;
    }

    /** The start of the file: the byte-order mark and the header line. */
    public String header() {
        return BYTE_ORDER_MARK + format(names);
    }

    /** One row as a CRLF-terminated line. */
    public String line(T row) {
        return format(cells(row));
    }

    /** Writes the byte-order mark and the header at once; then one line per {@link Output#write} call. */
    public Output<T> open(OutputStream out) {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            text.write(header());
            return new Output<>(this, writer.writeValues(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A value as it goes into a cell: empty for null, and with an apostrophe before a formula.
     */
    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private List<String> cells(T row) {
        List<String> cells = new ArrayList<>(values.size());
        values.forEach(value -> cells.add(cell(value.apply(row))));
        return cells;
    }

    private String format(List<String> cells) {
        try {
            return writer.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An export being streamed. Closing it closes the stream underneath. */
    public static final class Output<T> implements Closeable, Flushable {
        private final CsvColumns<T> columns;
        private final SequenceWriter rows;

        private Output(CsvColumns<T> columns, SequenceWriter rows) {
            this.columns = columns;
            this.rows = rows;
        }

        public void write(T row) throws IOException {
            rows.write(columns.cells(row));
        }

        @Override
        public void flush() throws IOException {
            rows.flush();
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }

    /** Declares the columns in order. */
    public static final class Builder<T> {
        private final List<String> names = new ArrayList<>();
        private final List<Function<? super T, ?>> values = new ArrayList<>();

        private Builder() {
        }

        /** @param name snake_case, unique in the export; it is the contract partners read the file by */
        public Builder<T> column(String name, Function<? super T, ?> value) {
            if (!SNAKE_CASE.matcher(name).matches() || names.contains(name)) {
                throw new IllegalArgumentException("not a new snake_case column name: " + name);
            }
            names.add(name);
            values.add(Objects.requireNonNull(value));
            return this;
        }

        public CsvColumns<T> build() {
            if (names.isEmpty()) {
                throw new IllegalStateException("an export needs at least one column");
            }
            return new CsvColumns<>(names, values);
        }
    }
}
