package org.returnops.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The whole suite on one machine: PostgreSQL, Kafka, the three domain services and the gateway, each
 * service as its own JVM running its packaged application, as in production.
 *
 * <p>Used by the run command and by the end-to-end tests, so that what the tests start is what a
 * person starts.
 */
public final class Suite implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);

    /**
     * The services' JVMs, chosen by measurement on the two-core machine (docs/performance.md): a heap that
     * grows from 24 MB only as needed, the serial collector, and the C1 compiler only. Against C2 with a heap
     * from 64 MB, measured in the same conditions, this start was faster (36–39 s against 49–51 s with the
     * machine fully loaded), idle memory lower (190–200 MB against 250–265 MB) and a registration cost half
     * the CPU (69 ms against 138 ms over the first minutes, C2's compilations included). C2 pays off only for
     * a service that runs warm for long on free cores; {@code SUITE_JAVA_OPTS} replaces these wholesale.
     */
    public static final String DEFAULT_JAVA_OPTIONS = "-Xms24m -Xmx256m -XX:MinHeapFreeRatio=10 "
            + "-XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=48m";

    private final DataFolderLock lock;
    private final LocalStack stack;
    private final Map<ServiceSpec, ManagedProcess> services;
    private final Map<ServiceSpec, Integer> ports;
    private final Progress progress;
    private final Path repositoryRoot;
    private final StackSettings settings;
    private final String javaOptions;

    private Suite(DataFolderLock lock, LocalStack stack, Map<ServiceSpec, ManagedProcess> services,
            Map<ServiceSpec, Integer> ports, Progress progress, Path repositoryRoot, StackSettings settings,
            String javaOptions) {
        this.lock = lock;
        this.stack = stack;
        this.services = services;
        this.ports = ports;
        this.progress = progress;
        this.repositoryRoot = repositoryRoot;
        this.settings = settings;
        this.javaOptions = javaOptions;
    }

    /**
     * Starts everything and returns once every service reports ready; on any failure, stops what was
     * started and throws.
     *
     * @param env the settings (environment variables): ports, data folder, JVM options
     */
    public static Suite start(Path repositoryRoot, StackSettings settings, Function<String, String> env,
            Progress progress) {
        return start(repositoryRoot, settings, env, progress, ServiceSpec.ALL);
    }

    /**
     * Starts PostgreSQL, Kafka and only the given services; with none, just the servers underneath
     * (for running one service in dev mode), each service's database created all the same.
     */
    public static Suite start(Path repositoryRoot, StackSettings settings, Function<String, String> env,
            Progress progress, List<ServiceSpec> services) {
        Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec spec : services) {
            ports.put(spec, StackSettings.intSetting(env, spec.portSetting(), spec.defaultPort()));
        }
        for (ServiceSpec spec : services) {
            Path application = spec.application(repositoryRoot);
            if (!Files.isRegularFile(application)) {
                throw new StackException(application + " is missing: build first (./mvnw package -DskipTests)");
            }
        }
        DataFolderLock lock = DataFolderLock.claim(settings.dataDirectory());
        LocalStack stack;
        try {
            LocalStack.stopStale(settings.dataDirectory(), progress);
            ports.forEach((spec, port) -> Ports.requireFree(port, spec.name(), spec.portSetting()));
            stack = LocalStack.start(settings, progress);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        Map<ServiceSpec, ManagedProcess> processes = new LinkedHashMap<>();
        String javaOptions = StackSettings.orDefault(env, "SUITE_JAVA_OPTS", DEFAULT_JAVA_OPTIONS);
        Suite suite = new Suite(lock, stack, processes, ports, progress, repositoryRoot, settings, javaOptions);
        try {
            ServiceSpec.DOMAIN_SERVICES.forEach(spec -> stack.postgres().ensureDatabase(spec.database().orElseThrow()));
            for (ServiceSpec spec : services) {
                processes.put(spec, launch(repositoryRoot, settings, spec, suite.serviceEnvironment(spec),
                        javaOptions));
            }
            suite.awaitHealthy();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    public String url(ServiceSpec spec) {
        return "http://localhost:" + ports.get(spec);
    }

    public LocalStack stack() {
        return stack;
    }

    public synchronized ManagedProcess process(ServiceSpec spec) {
        return services.get(spec);
    }

    /** The services this suite runs, in start order. */
    public List<ServiceSpec> services() {
        return List.copyOf(services.keySet());
    }

    /** Stops one service (as a crash or an operator would), leaving the rest running. */
    public void stop(ServiceSpec spec) {
        services.get(spec).stop(Duration.ofSeconds(30));
    }

    /** Kills one service without warning (SIGKILL), as a crash would, leaving the rest running. */
    public void kill(ServiceSpec spec) {
        services.get(spec).kill();
    }

    /** Starts a stopped or killed service again, as it was started, and waits until it is ready. */
    public void restart(ServiceSpec spec) {
        relaunch(spec);
        awaitReady(spec);
    }

    /** Starts a stopped or killed service again, as it was started, without waiting for it. */
    public synchronized void relaunch(ServiceSpec spec) {
        if (services.get(spec).isAlive()) {
            throw new StackException(spec.name() + " is running: stop or kill it first");
        }
        services.put(spec, launch(repositoryRoot, settings, spec, serviceEnvironment(spec), javaOptions));
    }

    /** Waits until the service answers its readiness check; throws if it exits or is not ready in time. */
    public void awaitReady(ServiceSpec spec) {
        awaitReady(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), spec);
    }

    /**
     * Keeps the services up from now on, as the run command does: a service that exits on its own is started
     * again with backoff, each exit and restart a line on {@code progress}. Close the supervisor before the suite.
     */
    public Supervisor supervise(java.io.PrintStream progress) {
        return Supervisor.start(SuiteLauncher.target(this), progress);
    }

    /** Services first (gateway before the services it fronts), then the broker, then PostgreSQL. */
    @Override
    public void close() {
        List<ServiceSpec> order = new ArrayList<>(services.keySet());
        java.util.Collections.reverse(order);
        order.stream()
                .map(spec -> CompletableFuture.runAsync(() -> services.get(spec).stop(Duration.ofSeconds(30))))
                .toList()
                .forEach(CompletableFuture::join);
        try {
            stack.close();
        } finally {
            lock.close();
        }
    }

    private Map<String, String> serviceEnvironment(ServiceSpec spec) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(spec)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        spec.database().flatMap(KafkaAccess::service).ifPresent(principal -> {
            env.put("MESSAGING_KAFKA_USERNAME", principal.name());
            env.put("MESSAGING_KAFKA_PASSWORD", principal.devPassword());
        });
        spec.database().ifPresent(name -> {
            DatabaseCoordinates db = stack.postgres().ensureDatabase(name);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
            env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        });
        if (spec == ServiceSpec.GATEWAY) {
            ServiceSpec.DOMAIN_SERVICES.forEach(s -> env.put(s.gatewayUrlSetting(), url(s)));
            env.put("QUARKUS_PROFILE", ServiceSpec.GATEWAY_RUN_PROFILE);
            env.put("GATEWAY_TOKEN_ISSUER", ServiceSpec.TOKEN_ISSUER);
            env.put("GATEWAY_TOKEN_AUDIENCE", ServiceSpec.TOKEN_AUDIENCE);
            // the board's live feed reads the event topics as the gateway's own read-only principal
            env.put("WEB_EVENTS_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
            env.put("WEB_EVENTS_USERNAME", KafkaAccess.GATEWAY.name());
            env.put("WEB_EVENTS_PASSWORD", KafkaAccess.GATEWAY.devPassword());
            // in the data folder: tokens stay valid across a restart of the suite
            env.put("GATEWAY_TOKEN_SIGNING_KEY_LOCATION",
                    stack.settings().dataDirectory().resolve("gateway").resolve("signing-key.pem").toString());
        } else {
            String gateway = ports.containsKey(ServiceSpec.GATEWAY) ? url(ServiceSpec.GATEWAY)
                    : "http://localhost:" + ServiceSpec.GATEWAY.defaultPort();
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", gateway + "/auth/jwks");
            env.put("MP_JWT_VERIFY_ISSUER", ServiceSpec.TOKEN_ISSUER);
            env.put("MP_JWT_VERIFY_AUDIENCES", ServiceSpec.TOKEN_AUDIENCE);
        }
        return env;
    }

    private static ManagedProcess launch(Path root, StackSettings settings, ServiceSpec spec,
            Map<String, String> env, String javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(KafkaBroker.javaExecutable());
        for (String option : javaOptions.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        Path application = spec.application(root);
        if (!javaOptions.contains("SharedArchiveFile") && !javaOptions.contains("AOTCache")
                && !javaOptions.contains("-Xshare:off")) {
            command.add(ClassDataSharing.option(settings.dataDirectory(), spec.name(), application));
            // the archive's own notes (hundreds of "Skipping … Not linked" when it is written) stay out of the log
            command.add("-Xlog:cds=off");
        }
        command.add("-Dreturnops.stack=" + LocalStack.marker(settings.dataDirectory()));
        command.add("-jar");
        command.add(application.toString());
        Path data = settings.dataDirectory();
        return ManagedProcess.start(spec.name(), command, env, data.resolve("pids"),
                data.resolve("logs").resolve(spec.name() + ".log"));
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        List<CompletableFuture<Void>> waits = services.keySet().stream()
                .map(spec -> CompletableFuture.runAsync(() -> {
                    awaitReady(http, spec);
                    progress.info(String.format(java.util.Locale.ROOT, "%-22s ready in %.1f s at %s",
                            spec.name(), (System.nanoTime() - started) / 1e9, url(spec)));
                }))
                .toList();
        try {
            waits.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void awaitReady(HttpClient http, ServiceSpec spec) {
        ManagedProcess process = services.get(spec);
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(spec) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StackException(spec.name() + " exited with code " + process.exitCode().orElse(-1)
                        + " while starting; see " + process.log());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for " + spec.name(), e);
            }
            KafkaBroker.sleep(250);
        }
        throw new StackException(spec.name() + " was not ready within " + HEALTH_TIMEOUT.toSeconds() + " s; see "
                + process.log());
    }
}
