package org.returnops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw insert ceiling of the suite's own PostgreSQL: single-row INSERT + COMMIT of a registration-sized row,
 * {@code concurrency} clients, into a scratch table of the registry's database that is dropped afterwards.
 * pgbench when it is installed (PostgreSQL 15's client tools), else the same loop over JDBC.
 */
final class RawCeiling {

    private static final Path PGBENCH = Path.of("/usr/lib/postgresql/15/bin/pgbench");
    private static final String TABLE = "bench_insert";

    private RawCeiling() {
    }

    record Figure(double perSecond, String how) {
    }

    static Figure measure(BenchSettings settings, int seconds) throws Exception {
        String url = settings.jdbcUrl("registry");
        try (Connection connection = DriverManager.getConnection(url, "registry", "registry");
                Statement ddl = connection.createStatement()) {
            ddl.execute("create table if not exists " + TABLE + " (id uuid primary key, body text not null, "
                    + "at timestamp with time zone not null default now())");
        }
        try {
            return Files.isExecutable(PGBENCH) ? pgbench(settings, seconds) : jdbc(url, settings.concurrency(), seconds);
        } finally {
            try (Connection connection = DriverManager.getConnection(url, "registry", "registry");
                    Statement ddl = connection.createStatement()) {
                ddl.execute("drop table " + TABLE);
            }
        }
    }

    private static Figure pgbench(BenchSettings settings, int seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile("bench-insert", ".sql");
        Files.writeString(script, "insert into " + TABLE + " (id, body) values (gen_random_uuid(), '"
                + "x".repeat(600) + "');\n");
        ProcessBuilder command = new ProcessBuilder(PGBENCH.toString(), "-n", "-c", Integer.toString(settings.concurrency()),
                "-j", "2", "-T", Integer.toString(seconds), "-f", script.toString(),
                "-h", settings.postgresHost(), "-p", Integer.toString(settings.postgresPort()),
                "-U", "registry", "registry")
                .redirectErrorStream(true);
        command.environment().put("PGPASSWORD", "registry");
        Process process = command.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Files.deleteIfExists(script);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        return new Figure(Double.parseDouble(tps.group(1)), "pgbench, " + settings.concurrency() + " clients");
    }

    private static Figure jdbc(String url, int concurrency, int seconds) throws InterruptedException {
        String body = "x".repeat(600);
        AtomicLong inserted = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread worker = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, "registry", "registry");
                        PreparedStatement insert = connection.prepareStatement(
                                "insert into " + TABLE + " (id, body) values (?, ?)")) {
                    while (System.nanoTime() < end) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, body);
                        insert.executeUpdate();
                        inserted.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Figure(inserted.get() / (double) seconds, "JDBC loop, " + concurrency + " connections");
    }
}
