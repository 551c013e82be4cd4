package org.returnops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table a run prints (Markdown): each figure with the aim beside it and, for rates, its ratio to the
 * bare peer and to the raw insert ceiling measured in the same run.
 */
final class Table {

    private record Row(String what, String figure, String aim, String perPeer, String perCeiling) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private double peerRate = Double.NaN;
    private double ceilingRate = Double.NaN;

    void peerRate(double rate) {
        peerRate = rate;
    }

    void ceilingRate(double rate) {
        ceilingRate = rate;
    }

    /** A rate (per second): shown with its ratios to the peer and the ceiling. */
    void rate(String what, double perSecond, String detail, String aim) {
        rows.add(new Row(what, format("%,.0f /s", perSecond) + (detail.isEmpty() ? "" : "; " + detail), aim,
                ratio(perSecond, peerRate), ratio(perSecond, ceilingRate)));
    }

    /** Any other figure. */
    void figure(String what, String figure, String aim) {
        rows.add(new Row(what, figure, aim, "", ""));
    }

    void note(String note) {
        notes.add(note);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("| what | figure | aim | × bare peer | × raw ceiling |\n| --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ").append(row.what()).append(" | ").append(row.figure()).append(" | ").append(row.aim())
                    .append(" | ").append(row.perPeer()).append(" | ").append(row.perCeiling()).append(" |\n");
        }
        for (String note : notes) {
            out.append("\n").append(note);
        }
        return out.append("\n").toString();
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static String ratio(double value, double base) {
        return Double.isNaN(base) || base <= 0 ? "" : format("%.3f", value / base);
    }
}
