package org.returnops.bench;

import org.returnops.localstack.DatabaseCoordinates;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fills the registry's own database with people fast, in SQL: every person is a copy of one of the seed people
 * the registry stored through its API (names, their phonetic keys and search text, consent, site, region), with
 * an id, birth date, status and registration time of its own, and its documents (numbered apart, so the unique
 * document constraint holds), vulnerabilities (and a serious medical condition for one in 30), seat needs and
 * a status history. Copies are written in
 * transactions of {@code chunk} copies per seed. Nothing is written to the outbox: consular and transport
 * never hear of the copies, so the load measures the registry's reads alone.
 */
final class RegistryLoad {

    /** Columns of {@code migrant} a copy does not take from its seed; every other column is copied as is. */
    private static final Map<String, String> OWN_COLUMNS = Map.of(
            "id", "md5(s.id::text || ':' || g)::uuid",
            "date_of_birth", "s.date_of_birth + ((g * 7919) % 3650 - 1825)::int",
            "status", "(array['REGISTERED','CLEARANCE_PENDING','CLEARANCE_PENDING','CLEARED','CLEARED','CLEARED',"
                    + "'ASSIGNED','IN_TRANSIT','ARRIVED','ARRIVED','ARRIVED','WITHDRAWN','CLEARANCE_DENIED','NO_SHOW'])"
                    + "[1 + (g + abs(hashtext(s.id::text))) % 14]",
            "registered_at", "s.registered_at - (((g * 104729) % 31536000) || ' seconds')::interval",
            "updated_at", "null",
            "version", "0",
            "household_id", "null");

    private final String jdbcUrl;
    private final String user;
    private final String password;

    RegistryLoad(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    long people() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from migrant")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Copies every person stored now until there are at least {@code target} people, {@code chunk} copies of each
     * at a time, then vacuums and analyses the tables as an operator would after a bulk load.
     */
    void fillTo(long target, int chunk, Consumer<String> progress) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_seed");
            statement.execute("create table bench_seed as select * from migrant where household_id is null");
            long seeds = count(statement, "select count(*) from bench_seed");
            long copies = (target - people() + seeds - 1) / seeds;
            String insertMigrants = insertMigrants(connection);
            for (long from = 1; from <= copies; from += chunk) {
                long to = Math.min(copies, from + chunk - 1);
                long started = System.nanoTime();
                connection.setAutoCommit(false);
                for (String sql : List.of(insertMigrants, INSERT_DOCUMENTS, INSERT_VULNERABILITIES, INSERT_CONDITION,
                        INSERT_SEAT_NEEDS,
                        INSERT_REGISTERED, INSERT_CURRENT)) {
                    try (PreparedStatement insert = connection.prepareStatement(sql)) {
                        insert.setLong(1, from);
                        insert.setLong(2, to);
                        insert.executeUpdate();
                    }
                }
                connection.commit();
                connection.setAutoCommit(true);
                progress.accept(Table.format("copies %d–%d of %d seed people: %.1f s", from, to, seeds,
                        (System.nanoTime() - started) / 1e9));
            }
            statement.execute("drop table bench_seed");
            for (String table : List.of("migrant", "identity_document", "migrant_vulnerability", "migrant_seat_need",
                    "status_change")) {
                statement.execute("vacuum analyze " + table);
            }
        }
    }

    private static String insertMigrants(Connection connection) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = 'migrant' order by ordinal_position");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return "insert into migrant (" + String.join(", ", columns) + ") select "
                + String.join(", ", columns.stream().map(c -> OWN_COLUMNS.getOrDefault(c, "s." + c)).toList())
                + " from bench_seed s cross join generate_series(?::bigint, ?::bigint) g";
    }

    private static final String COPY_OF = "md5(s.id::text || ':' || g)::uuid";

    private static final String INSERT_DOCUMENTS = "insert into identity_document (id, migrant_id, type, number, "
            + "issuing_state, expires_on) select md5(d.id::text || ':' || g)::uuid, " + COPY_OF + ", d.type, "
            + "left(d.number, 30) || '-' || g, d.issuing_state, d.expires_on from bench_seed s "
            + "join identity_document d on d.migrant_id = s.id cross join generate_series(?::bigint, ?::bigint) g";

    private static final String INSERT_VULNERABILITIES = "insert into migrant_vulnerability (migrant_id, vulnerability) "
            + "select " + COPY_OF + ", v.vulnerability from bench_seed s join migrant_vulnerability v "
            + "on v.migrant_id = s.id cross join generate_series(?::bigint, ?::bigint) g";

    /** One copy in 30 also has a serious medical condition (the seeds have no vulnerabilities). */
    private static final String INSERT_CONDITION = "insert into migrant_vulnerability (migrant_id, vulnerability) "
            + "select " + COPY_OF + ", 'SERIOUS_MEDICAL_CONDITION' from bench_seed s "
            + "cross join generate_series(?::bigint, ?::bigint) g where (g + abs(hashtext(s.id::text))) % 30 = 0 "
            + "on conflict do nothing";

    private static final String INSERT_SEAT_NEEDS = "insert into migrant_seat_need (migrant_id, seat_need) "
            + "select " + COPY_OF + ", n.seat_need from bench_seed s join migrant_seat_need n "
            + "on n.migrant_id = s.id cross join generate_series(?::bigint, ?::bigint) g";

    private static final String INSERT_REGISTERED = "insert into status_change (migrant_id, from_status, to_status, "
            + "changed_at, cause) select m.id, null, 'REGISTERED', m.registered_at, 'bench-load' from bench_seed s "
            + "cross join generate_series(?::bigint, ?::bigint) g join migrant m on m.id = " + COPY_OF;

    private static final String INSERT_CURRENT = "insert into status_change (migrant_id, from_status, to_status, "
            + "changed_at, cause) select m.id, 'REGISTERED', m.status, m.registered_at + interval '1 day', "
            + "'bench-load' from bench_seed s cross join generate_series(?::bigint, ?::bigint) g "
            + "join migrant m on m.id = " + COPY_OF + " where m.status <> 'REGISTERED'";

    /** Bytes on disk of every table of the database with its indexes and TOAST, and the people or cases it holds. */
    static long bytesOnDisk(DatabaseCoordinates database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            return count(statement, "select coalesce(sum(pg_total_relation_size(relid)), 0) from pg_stat_user_tables");
        }
    }

    static long rows(DatabaseCoordinates database, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            return count(statement, "select count(*) from " + table);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
