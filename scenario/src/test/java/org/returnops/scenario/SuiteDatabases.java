package org.returnops.scenario;

import org.returnops.localstack.Suite;
import org.returnops.testkit.Waiting;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** What the packaged suite's services stored, read with SQL on each service's own database. */
final class SuiteDatabases {

    private final Suite suite;

    SuiteDatabases(Suite suite) {
        this.suite = suite;
    }

    private Connection connect(String database) throws SQLException {
        var postgres = suite.stack().postgres();
        var coordinates = postgres.ensureDatabase(database);
        return DriverManager.getConnection(coordinates.jdbcUrl(), coordinates.username(), coordinates.password());
    }

    /** The single number a query returns; its one parameter a set of ids (as a uuid array) or a value. */
    long count(String database, String query, Object parameter) throws SQLException {
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(query)) {
            if (parameter instanceof Set<?> ids) {
                Array array = connection.createArrayOf("uuid", ids.toArray());
                statement.setArray(1, array);
            } else if (parameter != null) {
                statement.setObject(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Waits until the query counts nothing; returns how long that took. */
    Duration awaitZero(String database, String query, Duration limit) {
        long started = System.nanoTime();
        Waiting.until(database + ": nothing left of " + query, limit).pollInterval(Duration.ofMillis(200))
                .until(() -> count(database, query, null) == 0);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Waits until the query counts {@code expected} of the ids, failing at once when it counts more. */
    void awaitCount(String database, String query, Set<UUID> ids, long expected, Duration limit) {
        Waiting.until(database + ": " + expected + " of " + query, limit).pollInterval(Duration.ofMillis(500))
                .failFast(database + ": more than one per registration", () -> count(database, query, ids) > expected)
                .until(() -> count(database, query, ids) == expected);
    }
}
