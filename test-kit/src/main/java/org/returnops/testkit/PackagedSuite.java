package org.returnops.testkit;

import org.returnops.localstack.DataFolderLock;
import org.returnops.localstack.LocalStack;
import org.returnops.localstack.Progress;
import org.returnops.localstack.ServiceInstance;
import org.returnops.localstack.StackSettings;
import org.returnops.localstack.Suite;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The packaged suite for the tests of the whole suite: the four services as separate processes, started by the
 * run command's own code on PostgreSQL and Kafka of their own, every port a free one, in a data folder emptied
 * first. Started again on the same ports and data to show what survives a restart. The services' class-data
 * archives are kept beside the data folder, so the first suite of a test run records them and later ones start
 * faster.
 */
public final class PackagedSuite {

    private static final String JAVA_OPTIONS = "SUITE_JAVA_OPTS";

    /** The repository the packaged services are found in (the build sets {@code suite.root}). */
    public static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();

    private final Function<String, String> env;
    private final StackSettings settings;

    private PackagedSuite(Function<String, String> env, StackSettings settings) {
        this.env = env;
        this.settings = settings;
    }

    /** Empties {@code data} (refused while another run uses it) and chooses free ports for everything. */
    public static PackagedSuite in(Path data) {
        return in(data, 1, Map.of());
    }

    /**
     * As {@link #in(Path)}, with {@code replicas} instances of each domain service ({@code SUITE_REPLICAS}),
     * each on a free port of its own.
     */
    public static PackagedSuite in(Path data, int replicas) {
        return in(data, replicas, Map.of());
    }

    /**
     * As {@link #in(Path, int)}, with Quarkus settings every service and the gateway start with on top of their
     * own (as system properties, which outrank their configuration files), e.g. tracing switched on. A value must
     * not contain white space.
     */
    public static PackagedSuite in(Path data, int replicas, Map<String, String> configuration) {
        Path folder = data.toAbsolutePath();
        try (DataFolderLock ignored = DataFolderLock.claim(folder)) {
            LocalStack.resetForTests(folder);
        }
        Map<String, String> settings = ServiceInstance.onFreePorts(replicas);
        // the suites of one module's tests live side by side in its target folder: one set of archives for all
        settings.put(Suite.CLASS_DATA_FOLDER, folder.resolveSibling("cds").toString());
        if (!configuration.isEmpty()) {
            String base = System.getenv(JAVA_OPTIONS);
            StringBuilder options = new StringBuilder(
                    base == null || base.isBlank() ? Suite.DEFAULT_JAVA_OPTIONS : base.trim());
            configuration.forEach((key, value) -> {
                if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException(key + " must be one word, not '" + value + "'");
                }
                options.append(" -D").append(key).append('=').append(value);
            });
            settings.put(JAVA_OPTIONS, options.toString());
        }
        Function<String, String> env = name -> settings.getOrDefault(name, System.getenv(name));
        return new PackagedSuite(env, StackSettings.forTests(env, folder));
    }

    /** Starts everything and waits until every part is healthy; the same ports and data each time. */
    public Suite start() {
        return Suite.start(ROOT, settings, env, Progress.silent());
    }

    public StackSettings settings() {
        return settings;
    }
}
