package org.returnops.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What a running PostgreSQL answers its administrator, for the tests of the servers. */
final class PostgresAnswers {

    private PostgresAnswers() {
    }

    /** The value of a setting ({@code show}). */
    static String setting(PostgresServer postgres, String name) throws SQLException {
        return first(postgres, "show " + name);
    }

    /**
     * The program the server runs: that of the postmaster, whose process id is the first line of
     * {@code postmaster.pid} in its data directory (a backend would do too, but it ends with its connection).
     */
    static String serverProgram(PostgresServer postgres) throws SQLException, IOException {
        Path pidFile = Path.of(setting(postgres, "data_directory"), "postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        return ProcessHandle.of(postmaster).flatMap(server -> server.info().command())
                .orElseThrow(() -> new AssertionError("no running postmaster " + postmaster + " (" + pidFile + ")"));
    }

    private static String first(PostgresServer postgres, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
