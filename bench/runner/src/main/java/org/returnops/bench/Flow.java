package org.returnops.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What happens after a registration, read from the services' own databases: how long until every person has
 * moved on from REGISTERED in the registry (consular opened their case and asked the authorities), and the
 * hop from the registry's commit to the consular case ({@code migrant.registered_at} to
 * {@code clearance_case.opened_at}, both clocks of this machine).
 */
final class Flow {

    private Flow() {
    }

    /** Seconds from {@code sinceNanos} until every id is past REGISTERED, or -1 with the count still behind. */
    record KeepUp(double seconds, int behind) {
    }

    static KeepUp keepUp(BenchSettings settings, List<String> ids, long sinceNanos, int timeoutSeconds)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        try (Connection connection = connect(settings, "registry");
                PreparedStatement behind = connection.prepareStatement(
                        "select count(*) from migrant where id = any(?) and status = 'REGISTERED'")) {
            behind.setArray(1, uuids(connection, ids));
            while (true) {
                int count;
                try (ResultSet rows = behind.executeQuery()) {
                    rows.next();
                    count = rows.getInt(1);
                }
                if (count == 0) {
                    return new KeepUp((System.nanoTime() - sinceNanos) / 1e9, 0);
                }
                if (System.nanoTime() > deadline) {
                    return new KeepUp(-1, count);
                }
                Thread.sleep(100);
            }
        }
    }

    /** Milliseconds from each person's registry commit to their consular case, sorted; waits for the cases. */
    static List<Double> hop(BenchSettings settings, List<String> ids, int timeoutSeconds)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        try (Connection consular = connect(settings, "consular");
                Connection registry = connect(settings, "registry")) {
            PreparedStatement cases = consular.prepareStatement(
                    "select count(*) from clearance_case where migrant_id = any(?)");
            cases.setArray(1, uuids(consular, ids));
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = cases.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) >= ids.size()) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
            java.util.Map<String, java.sql.Timestamp> registered = times(registry,
                    "select id::text, registered_at from migrant where id = any(?)", ids);
            java.util.Map<String, java.sql.Timestamp> opened = times(consular,
                    "select migrant_id::text, opened_at from clearance_case where migrant_id = any(?)", ids);
            List<Double> millis = new ArrayList<>();
            registered.forEach((id, at) -> {
                java.sql.Timestamp to = opened.get(id);
                if (to != null) {
                    millis.add(java.time.Duration.between(at.toInstant(), to.toInstant()).toNanos() / 1e6);
                }
            });
            Collections.sort(millis);
            return millis;
        }
    }

    static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    private static java.util.Map<String, java.sql.Timestamp> times(Connection connection, String query,
            List<String> ids) throws SQLException {
        java.util.Map<String, java.sql.Timestamp> times = new java.util.HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setArray(1, uuids(connection, ids));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    times.put(rows.getString(1), rows.getTimestamp(2));
                }
            }
        }
        return times;
    }

    private static Array uuids(Connection connection, List<String> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
    }

    private static Connection connect(BenchSettings settings, String database) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(database), database, database);
    }
}
