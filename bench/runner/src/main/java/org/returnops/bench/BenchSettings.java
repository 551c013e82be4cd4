package org.returnops.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the bench runs against and how long each phase lasts, from environment variables (see
 * docs/performance.md); the defaults are the run command's ports and the figures the table reports.
 */
record BenchSettings(
        String gateway,
        String registry,
        String postgres,
        Path suiteData,
        int concurrency,
        int warmUpSeconds,
        int seconds,
        int keepUpRate,
        int keepUpSeconds,
        int hopRate,
        int hopSeconds,
        int peerPort,
        String clientId,
        String clientSecret,
        Set<String> phases,
        Path output) {

    static final Set<String> ALL_PHASES = Set.of("memory", "ceiling", "peer", "registrations", "keep-up", "hop",
            "manifest");

    static BenchSettings from(Function<String, String> env) {
        String client = value(env, "BENCH_CLIENT_ID", "operator");
        String phases = value(env, "BENCH_PHASES", String.join(",", ALL_PHASES));
        return new BenchSettings(
                value(env, "BENCH_GATEWAY_URL", "http://localhost:8080"),
                value(env, "BENCH_REGISTRY_URL", "http://localhost:8081"),
                value(env, "BENCH_PG", "localhost:5432"),
                Path.of(value(env, "SUITE_DATA_DIR", ".suite-data")).toAbsolutePath(),
                number(env, "BENCH_CONCURRENCY", 8),
                number(env, "BENCH_WARMUP_SECONDS", 30),
                number(env, "BENCH_SECONDS", 30),
                number(env, "BENCH_KEEPUP_RATE", 300),
                number(env, "BENCH_KEEPUP_SECONDS", 15),
                number(env, "BENCH_HOP_RATE", 100),
                number(env, "BENCH_HOP_SECONDS", 30),
                number(env, "BENCH_PEER_PORT", 8099),
                client,
                value(env, "BENCH_CLIENT_SECRET", client + "-dev-secret"),
                Arrays.stream(phases.split(",")).map(String::trim).filter(ALL_PHASES::contains)
                        .collect(Collectors.toSet()),
                Path.of(value(env, "BENCH_OUTPUT", "bench/target")).toAbsolutePath());
    }

    String postgresHost() {
        return postgres.substring(0, postgres.indexOf(':'));
    }

    int postgresPort() {
        return Integer.parseInt(postgres.substring(postgres.indexOf(':') + 1));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgres + "/" + database;
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    private static String value(Function<String, String> env, String name, String fallback) {
        String value = env.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int number(Function<String, String> env, String name, int fallback) {
        String value = value(env, name, Integer.toString(fallback));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
