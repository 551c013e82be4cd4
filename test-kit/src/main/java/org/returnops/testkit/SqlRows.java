package org.returnops.testkit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL against a service's own database from its tests: to lay down many rows in one statement
 * ({@code generate_series}), to count what is stored, and to know the ids such a statement made.
 */
public final class SqlRows {

    private final DataSource dataSource;

    public SqlRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs one statement (an insert of many rows, a clean-up). */
    public void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The single number a query such as {@code select count(*) ...} answers. */
    public long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The ids {@code md5('<prefix>' || n)::uuid} for n from {@code from} to {@code to}, in that order: the ids
     * of rows inserted with that expression over {@code generate_series(from, to) n}.
     */
    public List<String> generatedIds(String prefix, int from, int to) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select md5('" + prefix.replace("'", "''")
                        + "' || n)::uuid from generate_series(" + from + ", " + to + ") n order by n")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }
}
