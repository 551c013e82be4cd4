package org.returnops.localstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the local stack keeps its data and which ports it takes. Read from environment variables so
 * that the run command and CI are configured the same way.
 *
 * @param postgresHost a PostgreSQL server to use instead of the embedded one, if given
 * @param postgresBinaries where the embedded PostgreSQL's binaries are unpacked; several stacks (and several
 *        processes) can share one folder, the first unpacks and the others wait for it
 */
public record StackSettings(
        Path dataDirectory,
        Optional<String> postgresHost,
        int postgresPort,
        String postgresAdminUser,
        String postgresAdminPassword,
        int kafkaPort,
        int kafkaControllerPort,
        boolean durable,
        Path postgresBinaries) {

    public static final String DATA_DIR = "SUITE_DATA_DIR";
    public static final String PG_HOST = "SUITE_PG_HOST";
    public static final String PG_PORT = "SUITE_PG_PORT";
    public static final String PG_ADMIN_USER = "SUITE_PG_ADMIN_USER";
    public static final String PG_ADMIN_PASSWORD = "SUITE_PG_ADMIN_PASSWORD";
    public static final String KAFKA_PORT = "SUITE_KAFKA_PORT";
    public static final String KAFKA_CONTROLLER_PORT = "SUITE_KAFKA_CONTROLLER_PORT";
    public static final String PG_BINARIES = "SUITE_PG_BINARIES";

    /** The run command's settings: fixed well-known ports, a durable data folder. */
    public static StackSettings forRun(Function<String, String> env, Path defaultDataDirectory) {
        Path data = Path.of(orDefault(env, DATA_DIR, defaultDataDirectory.toString())).toAbsolutePath();
        return new StackSettings(
                data,
                Optional.ofNullable(blankToNull(env.apply(PG_HOST))),
                intSetting(env, PG_PORT, 5432),
                orDefault(env, PG_ADMIN_USER, "postgres"),
                orDefault(env, PG_ADMIN_PASSWORD, ""),
                intSetting(env, KAFKA_PORT, 9092),
                intSetting(env, KAFKA_CONTROLLER_PORT, 9093),
                true,
                binaries(env, data));
    }

    /**
     * Test settings: free ports chosen now, a throw-away data folder, and an external PostgreSQL only
     * when {@code SUITE_PG_HOST} names one. The build points {@code SUITE_PG_BINARIES} of every test JVM at
     * one folder, so the binaries are unpacked once per build rather than once per stack.
     */
    public static StackSettings forTests(Function<String, String> env, Path dataDirectory) {
        Optional<String> host = Optional.ofNullable(blankToNull(env.apply(PG_HOST)));
        return new StackSettings(
                dataDirectory.toAbsolutePath(),
                host,
                host.isPresent() ? intSetting(env, PG_PORT, 5432) : Ports.free(),
                orDefault(env, PG_ADMIN_USER, "postgres"),
                orDefault(env, PG_ADMIN_PASSWORD, ""),
                Ports.free(),
                Ports.free(),
                false,
                binaries(env, dataDirectory.toAbsolutePath()));
    }

    private static Path binaries(Function<String, String> env, Path dataDirectory) {
        return Path.of(orDefault(env, PG_BINARIES, dataDirectory.resolve("postgres-binaries").toString()))
                .toAbsolutePath();
    }

    public static Function<String, String> environment() {
        Map<String, String> env = System.getenv();
        return env::get;
    }

    static int intSetting(Function<String, String> env, String name, int fallback) {
        String value = blankToNull(env.apply(name));
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StackException(name + " must be a port number, not '" + value + "'");
        }
    }

    static String orDefault(Function<String, String> env, String name, String fallback) {
        String value = blankToNull(env.apply(name));
        return value == null ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
