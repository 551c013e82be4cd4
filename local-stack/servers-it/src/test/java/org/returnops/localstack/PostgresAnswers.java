package org.returnops.localstack;

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

    /** The program the server runs: the parent of the backend process that serves a connection. */
    static String serverProgram(PostgresServer postgres) throws SQLException {
        long backend = Long.parseLong(first(postgres, "select pg_backend_pid()"));
        return ProcessHandle.of(backend).flatMap(ProcessHandle::parent)
                .flatMap(server -> server.info().command()).orElseThrow();
    }

    private static String first(PostgresServer postgres, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
