package org.returnops.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/** PostgreSQL and Kafka together: what every service needs underneath it. */
public final class LocalStack implements AutoCloseable {

    private final StackSettings settings;
    private PostgresServer postgres;
    private volatile KafkaBroker kafka;

    private LocalStack(StackSettings settings, PostgresServer postgres, KafkaBroker kafka) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /**
     * Starts PostgreSQL and the broker side by side (two processes, each mostly waiting on its own start); when one
     * fails, the other is stopped once it is up, and the first failure is reported.
     */
    public static LocalStack start(StackSettings settings, Progress progress) {
        CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(
                () -> progress.step("PostgreSQL", () -> startPostgres(settings)));
        KafkaBroker kafka;
        try {
            kafka = progress.step("Kafka broker (KRaft)", () -> {
                Ports.requireFree(settings.kafkaPort(), "the Kafka broker", StackSettings.KAFKA_PORT);
                Ports.requireFree(settings.kafkaControllerPort(), "the Kafka controller",
                        StackSettings.KAFKA_CONTROLLER_PORT);
                return startKafka(settings);
            });
        } catch (RuntimeException e) {
            try {
                postgres.join().close();
            } catch (CompletionException alsoFailed) {
                e.addSuppressed(alsoFailed.getCause());
            }
            throw e;
        }
        try {
            return new LocalStack(settings, postgres.join(), kafka);
        } catch (CompletionException e) {
            kafka.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Stops what a killed earlier run left in this data folder: services and the broker by their pid
     * files, PostgreSQL by its own {@code postmaster.pid} when it is started again.
     */
    public static void stopStale(Path dataDirectory, Progress progress) {
        for (Path pids : new Path[] {dataDirectory.resolve("pids"), dataDirectory.resolve("kafka")}) {
            ManagedProcess.stopStale(pids, marker(dataDirectory), Duration.ofSeconds(30))
                    .forEach(name -> progress.info("stopped " + name + " left running by an earlier run"));
        }
        if (PostgresServer.stopStale(dataDirectory.resolve("postgres"))) {
            progress.info("stopped PostgreSQL left running by an earlier run");
        }
    }

    /**
     * Stops the broker, as an outage would (its data is kept); {@link #startKafka()} brings it back on
     * the same ports and data. For tests of what the services do while Kafka is away.
     */
    public synchronized void stopKafka() {
        kafka.close();
    }

    public synchronized void startKafka() {
        if (!kafka.isAlive()) {
            kafka = startKafka(settings);
        }
    }

    /** Kills the broker (SIGKILL), as a crash would; {@link #startKafka()} brings it back on the same data. */
    public synchronized void killKafka() {
        kafka.process().kill();
    }

    /** Freezes the broker (SIGSTOP) until {@link #resumeKafka()}: connections stay open, nothing answers. */
    public synchronized void pauseKafka() {
        kafka.process().pause();
    }

    public synchronized void resumeKafka() {
        kafka.process().resume();
    }

    /**
     * Stops PostgreSQL and starts it again on the same port and data, as a database fail-over or restart
     * would look to the services (embedded PostgreSQL only; an external one is not ours to restart).
     */
    public synchronized void restartPostgres() {
        stopPostgres();
        startPostgres();
    }

    /** Stops the embedded PostgreSQL (as an operator's shutdown does) until {@link #startPostgres()}. */
    public synchronized void stopPostgres() {
        if (!postgres.isEmbedded()) {
            throw new StackException("PostgreSQL at " + postgres.host() + " is external: stop it yourself");
        }
        postgres.close();
    }

    /** Starts the embedded PostgreSQL again on its data, after {@link #stopPostgres()}. */
    public synchronized void startPostgres() {
        postgres = startPostgres(settings);
    }

    private static KafkaBroker startKafka(StackSettings settings) {
        Path data = settings.dataDirectory();
        return KafkaBroker.start(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(),
                marker(data), Duration.ofSeconds(90));
    }

    public static String marker(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().toString();
    }

    public synchronized PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public StackSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    private static PostgresServer startPostgres(StackSettings settings) {
        if (settings.postgresHost().isPresent()) {
            return PostgresServer.external(settings.postgresHost().get(), settings.postgresPort(),
                    settings.postgresAdminUser(), settings.postgresAdminPassword());
        }
        Ports.requireFree(settings.postgresPort(), "PostgreSQL", StackSettings.PG_PORT);
        return PostgresServer.embedded(settings.dataDirectory().resolve("postgres"),
                settings.postgresBinaries(), settings.postgresPort(), settings.durable());
    }

    /**
     * Makes a test data folder fresh: stops what an earlier, killed test run left running in it and
     * deletes its data, keeping the unpacked PostgreSQL binaries if they are kept there.
     */
    public static void resetForTests(Path dataDirectory) {
        stopStale(dataDirectory, Progress.silent());
        for (String data : new String[] {"postgres", "kafka", "pids", "logs"}) {
            deleteRecursively(dataDirectory.resolve(data));
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new StackException("cannot delete " + directory + ": " + e.getMessage(), e);
        }
    }
}
