package org.returnops.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The run command: starts PostgreSQL, Kafka and the four services on one machine (several instances of
 * each domain service with {@code SUITE_REPLICAS}, see {@link ServiceInstance}), prints where they are,
 * starts an instance that exits unexpectedly again ({@link Supervisor}), and stops everything in
 * order on Ctrl-C (SIGINT) or SIGTERM.
 *
 * <p>Started by {@code ./start-suite.sh} from the repository root, which builds what is missing first.
 * With {@code --stack-only} it starts PostgreSQL and Kafka alone, for running one service in dev mode.
 */
public final class SuiteLauncher {

    private SuiteLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        // the launcher prints progress lines; library chatter (Kafka client configuration dumps) stays out
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        boolean stackOnly = java.util.Arrays.asList(args).contains("--stack-only");
        Function<String, String> env = StackSettings.environment();
        Progress progress = new Progress(System.out);
        Suite suite;
        try {
            StackSettings settings = StackSettings.forRun(env, root.resolve(".suite-data"));
            System.out.println("Return Operation Suite: starting, data in " + settings.dataDirectory());
            suite = Suite.start(root, settings, env, progress, stackOnly ? List.of() : ServiceSpec.ALL);
        } catch (StackException e) {
            System.err.println("Could not start the suite: " + e.getMessage());
            System.exit(2);
            return;
        }

        Supervisor supervisor = suite.supervise(System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("\nStopping the suite ...");
            supervisor.close();
            suite.close();
            System.out.println("Stopped: no service, broker or PostgreSQL left running.");
            stopped.countDown();
        }, "suite-stop"));

        System.out.println();
        System.out.println("All healthy.");
        if (!stackOnly) {
            String gateway = suite.url(ServiceSpec.GATEWAY);
            System.out.println("  Swagger UI         " + gateway + "/q/swagger-ui");
            System.out.println("  web pages          " + gateway + "/");
            System.out.println("  gateway            " + gateway + "  (health " + gateway + "/q/health)");
            for (ServiceInstance instance : suite.instances()) {
                if (instance.spec() != ServiceSpec.GATEWAY) {
                    System.out.printf("  %-18s %s%n", instance.name(), suite.url(instance));
                }
            }
        }
        System.out.println("  PostgreSQL         " + suite.stack().postgres().host() + ":" + suite.stack().postgres().port());
        System.out.println("  Kafka              " + suite.stack().kafka().bootstrapServers()
                + "  (SASL SCRAM-SHA-512; dev credentials in docs/security.md)");
        System.out.println("  logs               " + suite.stack().settings().dataDirectory().resolve("logs"));
        System.out.println("Press Ctrl-C to stop.");

        watch(suite, stopped, stopping);
    }

    /** Reports the broker exiting; the services are kept up by the {@link Supervisor}. */
    private static void watch(Suite suite, CountDownLatch stopped, AtomicBoolean stopping)
            throws InterruptedException {
        boolean brokerReported = false;
        while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS) && !stopping.get()) {
            if (!suite.stack().kafka().isAlive() && !stopping.get() && !brokerReported) {
                brokerReported = true;
                System.err.println("the Kafka broker exited; see " + suite.stack().kafka().log());
            }
        }
    }

    /** The suite's service instances as the supervisor sees them: by name, each on its own. */
    static Supervisor.Target target(Suite suite) {
        java.util.Map<String, ServiceInstance> byName = new java.util.LinkedHashMap<>();
        suite.instances().forEach(instance -> byName.put(instance.name(), instance));
        return new Supervisor.Target() {
            @Override
            public List<String> names() {
                return List.copyOf(byName.keySet());
            }

            @Override
            public ManagedProcess process(String name) {
                return suite.process(byName.get(name));
            }

            @Override
            public void relaunch(String name) {
                suite.relaunch(byName.get(name));
            }

            @Override
            public void awaitReady(String name) {
                suite.awaitReady(byName.get(name));
            }
        };
    }
}
