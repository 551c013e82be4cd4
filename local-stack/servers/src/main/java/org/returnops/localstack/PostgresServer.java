package org.returnops.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server: the one given by configuration, else the embedded binaries from Maven Central,
 * started on a data folder that survives restarts.
 *
 * <p>Each service gets a database and a login role of its own, both named after the service, created on
 * first use; no service can read another's tables.
 */
public final class PostgresServer implements AutoCloseable {

    /** The major version of the embedded binaries; a data folder of another major cannot be opened. */
    public static final String EMBEDDED_MAJOR = "17";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String adminUser, String adminPassword, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.embedded = embedded;
    }

    /** A server that is already running, reached with an administrator's credentials. */
    public static PostgresServer external(String host, int port, String adminUser, String adminPassword) {
        PostgresServer server = new PostgresServer(host, port, adminUser, adminPassword, null);
        try (Connection ignored = server.adminConnection("postgres")) {
            return server;
        } catch (SQLException e) {
            throw new StackException("PostgreSQL at " + host + ":" + port + " refused user " + adminUser + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Starts the embedded binaries on the data folder, initialising it on first use.
     *
     * @param durable true for data that must survive a power cut or kernel crash (fsync, synchronous commit
     *        and full-page writes on, as the run command uses it); false for throw-away test data, which
     *        saves seconds per test run
     */
    public static PostgresServer embedded(Path dataDirectory, Path binariesDirectory, int port, boolean durable) {
        stopStale(dataDirectory);
        requireSameMajor(dataDirectory);
        try {
            Files.createDirectories(binariesDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binariesDirectory.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200");
            // set both ways: the builder itself passes fsync=off and synchronous_commit=off on the command
            // line unless told otherwise, and a command-line setting cannot be changed by ALTER SYSTEM
            String onOff = durable ? "on" : "off";
            builder.setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff);
            return new PostgresServer("localhost", port, "postgres", "", builder.start());
        } catch (IOException | RuntimeException e) {
            throw new StackException("embedded PostgreSQL did not start on port " + port + " with data in "
                    + dataDirectory + ": " + rootMessage(e), e);
        }
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * Creates the service's login role and database when missing; the role owns the database.
     */
    public DatabaseCoordinates ensureDatabase(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case database name: " + name);
        }
        String password = name;
        try (Connection admin = adminConnection("postgres"); Statement statement = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", name)) {
                statement.execute("create role " + name + " login password '" + password + "'");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", name)) {
                statement.execute("create database " + name + " owner " + name);
            }
        } catch (SQLException e) {
            throw new StackException("could not create database " + name + " on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        return new DatabaseCoordinates(jdbcUrl(name), name, password);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new StackException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
            }
        }
    }

    private Connection adminConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * A postmaster left running by a launcher or test JVM that was killed holds the data folder; it is
     * asked to shut down fast (SIGINT) before a new one starts.
     */
    static boolean stopStale(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return false;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            Optional<ProcessHandle> stale = ProcessHandle.of(pid)
                    .filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(false));
            if (stale.isPresent()) {
                new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
                stale.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                return true;
            }
            return false;
        } catch (Exception e) {
            throw new StackException("a PostgreSQL from an earlier run still holds " + dataDirectory
                    + " and did not stop: " + rootMessage(e), e);
        }
    }

    private static void requireSameMajor(Path dataDirectory) {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return;
        }
        try {
            String major = Files.readString(versionFile).trim();
            if (!EMBEDDED_MAJOR.equals(major)) {
                throw new StackException("The data folder " + dataDirectory + " was made by PostgreSQL " + major
                        + " but the embedded server is PostgreSQL " + EMBEDDED_MAJOR
                        + ": choose another data folder (SUITE_DATA_DIR) or move this one away.");
            }
        } catch (IOException e) {
            throw new StackException("cannot read " + versionFile + ": " + e.getMessage(), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Connection settings a service receives for its database, as Quarkus configuration keys. */
    public static Map<String, String> quarkusConfig(DatabaseCoordinates database) {
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }
}
