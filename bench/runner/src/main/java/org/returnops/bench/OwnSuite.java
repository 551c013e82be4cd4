package org.returnops.bench;

import org.returnops.localstack.DatabaseCoordinates;
import org.returnops.localstack.Ports;
import org.returnops.localstack.Progress;
import org.returnops.localstack.ServiceSpec;
import org.returnops.localstack.StackSettings;
import org.returnops.localstack.Suite;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * A suite the bench starts itself, with the run command's own code and settings (durable PostgreSQL, the
 * services' JVM options) in a data folder of its own under {@code bench/target}, on ports chosen once per
 * folder: so that one run can measure the same suite under two configurations, one after the other.
 */
final class OwnSuite implements AutoCloseable {

    private static final String JAVA_OPTIONS = "SUITE_JAVA_OPTS";

    private final Suite suite;
    private final Map<String, String> env;

    private OwnSuite(Suite suite, Map<String, String> env) {
        this.suite = suite;
        this.env = env;
    }

    /**
     * The data folder and the ports of PostgreSQL, Kafka and the four services: free ports chosen on the folder's
     * first use and kept in it ({@code bench-ports.properties}), so that a later run finds its broker and data.
     */
    static Map<String, String> places(Path data) throws IOException {
        Path file = data.resolve("bench-ports.properties");
        Properties ports = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                ports.load(in);
            }
        } else {
            List<String> names = new ArrayList<>(List.of(StackSettings.PG_PORT, StackSettings.KAFKA_PORT,
                    StackSettings.KAFKA_CONTROLLER_PORT));
            ServiceSpec.ALL.forEach(spec -> names.add(spec.portSetting()));
            names.forEach(name -> ports.setProperty(name, Integer.toString(Ports.free())));
            Files.createDirectories(data);
            try (Writer out = Files.newBufferedWriter(file)) {
                ports.store(out, "ports of the bench's own suite in this folder");
            }
        }
        Map<String, String> places = new HashMap<>();
        ports.stringPropertyNames().forEach(name -> places.put(name, ports.getProperty(name)));
        places.put(StackSettings.DATA_DIR, data.toAbsolutePath().toString());
        return places;
    }

    /**
     * Starts the suite at {@code places} and waits until it is healthy; every service and the gateway start with
     * {@code configuration} (Quarkus settings, as system properties after their JVM options).
     */
    static OwnSuite start(Path root, Map<String, String> places, Map<String, String> configuration) {
        Map<String, String> env = new HashMap<>(places);
        String base = System.getenv(JAVA_OPTIONS);
        StringBuilder options = new StringBuilder(base == null || base.isBlank() ? Suite.DEFAULT_JAVA_OPTIONS
                : base.trim());
        configuration.forEach((key, value) -> options.append(" -D").append(key).append('=').append(value));
        env.put(JAVA_OPTIONS, options.toString());
        Function<String, String> settings = name -> env.getOrDefault(name, System.getenv(name));
        StackSettings stack = StackSettings.forRun(settings, Path.of(places.get(StackSettings.DATA_DIR)));
        return new OwnSuite(Suite.start(root, stack, settings, new Progress(System.out)), env);
    }

    /** The bench's settings from the environment, pointed at this suite. */
    BenchSettings benchSettings() {
        Map<String, String> bench = new HashMap<>(env);
        bench.put("BENCH_GATEWAY_URL", suite.url(ServiceSpec.GATEWAY));
        bench.put("BENCH_REGISTRY_URL", suite.url(ServiceSpec.REGISTRY));
        bench.put("BENCH_PG", "localhost:" + env.get(StackSettings.PG_PORT));
        return BenchSettings.from(name -> bench.getOrDefault(name, System.getenv(name)));
    }

    SuiteProcesses processes() {
        return new SuiteProcesses(Path.of(env.get(StackSettings.DATA_DIR)));
    }

    /** The service's own database, as the service logs in to it. */
    DatabaseCoordinates database(String name) {
        return suite.stack().postgres().ensureDatabase(name);
    }

    @Override
    public void close() {
        suite.close();
    }
}
