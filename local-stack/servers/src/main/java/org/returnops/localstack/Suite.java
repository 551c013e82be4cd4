package org.returnops.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
    /**
     * Where the services' class-data archives are kept (default: {@code cds} in the data folder); suites started one
     * after the other in fresh data folders (the tests) share one folder, so only the first records them.
     */
    public static final String CLASS_DATA_FOLDER = "SUITE_CLASS_DATA_FOLDER";

    public static final String DEFAULT_JAVA_OPTIONS = "-Xms24m -Xmx256m -XX:MinHeapFreeRatio=10 "
            + "-XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=48m";

    private final DataFolderLock lock;
    private final LocalStack stack;
    private final Map<ServiceInstance, ManagedProcess> processes;
    private final Progress progress;
    private final ServiceLaunch launch;

    private Suite(DataFolderLock lock, LocalStack stack, Map<ServiceInstance, ManagedProcess> processes,
            Progress progress, ServiceLaunch launch) {
        this.lock = lock;
        this.stack = stack;
        this.processes = processes;
        this.progress = progress;
        this.launch = launch;
    }

    /**
     * Starts everything and returns once every service reports ready; on any failure, stops what was
     * started and throws.
     *
     * @param env the settings (environment variables): ports, data folder, JVM options, instances per service
     */
    public static Suite start(Path repositoryRoot, StackSettings settings, Function<String, String> env,
            Progress progress) {
        return start(repositoryRoot, settings, env, progress, ServiceSpec.ALL);
    }

    /**
     * Starts PostgreSQL, Kafka and only the given services, each with the instances the settings ask for
     * ({@link ServiceInstance#plan}); with none, just the servers underneath (for running one service in dev
     * mode), each service's database created all the same.
     */
    public static Suite start(Path repositoryRoot, StackSettings settings, Function<String, String> env,
            Progress progress, List<ServiceSpec> services) {
        Map<ServiceInstance, Integer> ports = new LinkedHashMap<>();
        for (ServiceInstance instance : ServiceInstance.plan(env, services)) {
            ports.put(instance, instance.port(env));
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
            ports.forEach((instance, port) -> Ports.requireFree(port, instance.name(), instance.portSetting()));
            stack = LocalStack.start(settings, progress);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        Map<ServiceInstance, ManagedProcess> processes = new LinkedHashMap<>();
        String javaOptions = StackSettings.orDefault(env, "SUITE_JAVA_OPTS", DEFAULT_JAVA_OPTIONS);
        Path classData = Path.of(StackSettings.orDefault(env, CLASS_DATA_FOLDER,
                settings.dataDirectory().resolve("cds").toString()));
        ServiceLaunch launch = new ServiceLaunch(repositoryRoot, stack, ports, javaOptions, classData);
        Suite suite = new Suite(lock, stack, processes, progress, launch);
        try {
            ServiceSpec.DOMAIN_SERVICES.forEach(spec -> stack.postgres().ensureDatabase(spec.database().orElseThrow()));
            for (ServiceInstance instance : ports.keySet()) {
                processes.put(instance, launch.start(instance));
            }
            suite.awaitHealthy();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /** The address of the service's first instance (the only one unless replicas were asked for). */
    public String url(ServiceSpec spec) {
        return url(ServiceInstance.first(spec));
    }

    public String url(ServiceInstance instance) {
        return launch.url(instance);
    }

    public LocalStack stack() {
        return stack;
    }

    public synchronized ManagedProcess process(ServiceSpec spec) {
        return process(ServiceInstance.first(spec));
    }

    public synchronized ManagedProcess process(ServiceInstance instance) {
        return processes.get(instance);
    }

    /** The services this suite runs, in start order. */
    public List<ServiceSpec> services() {
        return processes.keySet().stream().map(ServiceInstance::spec).distinct().toList();
    }

    /** Every instance this suite runs, in start order. */
    public List<ServiceInstance> instances() {
        return List.copyOf(processes.keySet());
    }

    /** The instances of one service, in order. */
    public List<ServiceInstance> instances(ServiceSpec spec) {
        return processes.keySet().stream().filter(instance -> instance.spec() == spec).toList();
    }

    /** Stops one service's first instance (as a crash or an operator would), leaving the rest running. */
    public void stop(ServiceSpec spec) {
        process(spec).stop(Duration.ofSeconds(30));
    }

    /** Kills one service's first instance without warning (SIGKILL), as a crash would. */
    public void kill(ServiceSpec spec) {
        kill(ServiceInstance.first(spec));
    }

    /** Kills one instance without warning (SIGKILL), as a crash would, leaving the rest running. */
    public void kill(ServiceInstance instance) {
        process(instance).kill();
    }

    /** Starts a stopped or killed service's first instance again, as it was started, and waits until it is ready. */
    public void restart(ServiceSpec spec) {
        restart(ServiceInstance.first(spec));
    }

    /** Starts a stopped or killed instance again, as it was started, and waits until it is ready. */
    public void restart(ServiceInstance instance) {
        relaunch(instance);
        awaitReady(instance);
    }

    /** Starts a stopped or killed instance again, as it was started, without waiting for it. */
    public synchronized void relaunch(ServiceInstance instance) {
        if (processes.get(instance).isAlive()) {
            throw new StackException(instance.name() + " is running: stop or kill it first");
        }
        processes.put(instance, launch.start(instance));
    }

    /** Waits until the instance answers its readiness check; throws if it exits or is not ready in time. */
    public void awaitReady(ServiceInstance instance) {
        awaitReady(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), instance);
    }

    /**
     * Keeps the services up from now on, as the run command does: an instance that exits on its own is started
     * again with backoff, each exit and restart a line on {@code progress}. Close the supervisor before the suite.
     */
    public Supervisor supervise(java.io.PrintStream progress) {
        return Supervisor.start(SuiteLauncher.target(this), progress);
    }

    /** Services first (gateway before the services it fronts), then the broker, then PostgreSQL. */
    @Override
    public void close() {
        List<ServiceInstance> order = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(order);
        order.stream()
                .map(instance -> CompletableFuture.runAsync(() -> process(instance).stop(Duration.ofSeconds(30))))
                .toList()
                .forEach(CompletableFuture::join);
        try {
            stack.close();
        } finally {
            lock.close();
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        List<CompletableFuture<Void>> waits = processes.keySet().stream()
                .map(instance -> CompletableFuture.runAsync(() -> {
                    awaitReady(http, instance);
                    progress.info(String.format(java.util.Locale.ROOT, "%-22s ready in %.1f s at %s",
                            instance.name(), (System.nanoTime() - started) / 1e9, url(instance)));
                }))
                .toList();
        try {
            waits.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void awaitReady(HttpClient http, ServiceInstance instance) {
        ManagedProcess process = process(instance);
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(instance) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StackException(instance.name() + " exited with code " + process.exitCode().orElse(-1)
                        + " while starting; see " + process.log() + process.logExcerpt());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for " + instance.name(), e);
            }
            KafkaBroker.sleep(250);
        }
        throw new StackException(instance.name() + " was not ready within " + HEALTH_TIMEOUT.toSeconds() + " s; see "
                + process.log() + process.logExcerpt());
    }
}
