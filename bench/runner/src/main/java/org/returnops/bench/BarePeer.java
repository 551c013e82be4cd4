package org.returnops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bare peer (module bench/peer) as its own JVM, with the suite's service JVM options, on its own port and
 * a database of its own in the suite's PostgreSQL (created for the run, dropped after it).
 */
final class BarePeer implements AutoCloseable {

    static final String DATABASE = "bench_peer";

    private final Process process;
    private final BenchSettings settings;
    final double startSeconds;

    private BarePeer(Process process, BenchSettings settings, double startSeconds) {
        this.process = process;
        this.settings = settings;
        this.startSeconds = startSeconds;
    }

    String url() {
        return "http://localhost:" + settings.peerPort() + "/notes";
    }

    double cpuSeconds() {
        return SuiteProcesses.cpuSeconds(process.pid());
    }

    long residentMegabytes() {
        return SuiteProcesses.residentMegabytes(process.pid()).orElse(-1L);
    }

    static BarePeer start(BenchSettings settings, List<String> javaOptions, Path application) throws Exception {
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException(application + " is missing: build with ./mvnw package -DskipTests");
        }
        admin(settings, "drop database if exists " + DATABASE, "drop role if exists " + DATABASE,
                "create role " + DATABASE + " login password '" + DATABASE + "'",
                "create database " + DATABASE + " owner " + DATABASE);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", application.toString()));
        Path log = settings.output().resolve("bench-peer.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(settings.peerPort()));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", settings.jdbcUrl(DATABASE));
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            return new BarePeer(process, settings, awaitReady(process, settings, started, log));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static double awaitReady(Process process, BenchSettings settings, long started, Path log)
            throws Exception {
        SuiteClient client = SuiteClient.anonymous();
        String url = "http://localhost:" + settings.peerPort() + "/notes";
        long deadline = started + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bare peer exited; see " + log);
            }
            try {
                if (client.post(url, People.note(0)).get(5, TimeUnit.SECONDS).status() == 201) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (Exception notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the bare peer was not ready within 60 s; see " + log);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try {
            admin(settings, "drop database if exists " + DATABASE, "drop role if exists " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("could not drop the bare peer's database: " + e.getMessage(), e);
        }
    }

    private static void admin(BenchSettings settings, String... statements) throws SQLException {
        String user = System.getenv().getOrDefault("SUITE_PG_ADMIN_USER", "postgres");
        String password = System.getenv().getOrDefault("SUITE_PG_ADMIN_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("postgres"), user, password);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
