package org.returnops.bench;

import org.returnops.localstack.DataFolderLock;
import org.returnops.localstack.LocalStack;
import org.returnops.localstack.Progress;
import org.returnops.localstack.ServiceInstance;
import org.returnops.localstack.ServiceSpec;
import org.returnops.localstack.StackSettings;
import org.returnops.localstack.Suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Registrations right after a start (not a test: it prints figures and asserts nothing): starts the packaged suite
 * in a fresh data folder and, as soon as it is ready, sends registrations through the gateway at a fixed rate;
 * once with the connection pools as configured (connections opened at start) and once with them opened on demand
 * (min and initial size 0), side by side in one run. Prints how many were refused and how long the others took.
 * Run it with {@code bench/cold-start.sh}; settings in docs/performance.md.
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rate = number("BENCH_COLD_RATE", 20);
        int seconds = number("BENCH_COLD_SECONDS", 20);
        List<String> lines = new ArrayList<>();
        for (boolean openAtStart : List.of(false, true)) {
            lines.add(measure(root, openAtStart, rate, seconds));
        }
        System.out.printf(Locale.ROOT, "%nregistrations through the gateway from the moment the suite is ready, %d a"
                + " second for %d s, %d cores%n", rate, seconds, Runtime.getRuntime().availableProcessors());
        System.out.println("| connection pools | registered | refused | p50 ms | p95 ms | max ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        lines.forEach(System.out::println);
    }

    private static String measure(Path root, boolean openAtStart, int rate, int seconds) throws Exception {
        Path data = root.resolve("bench/target/cold-start");
        Map<String, String> settings = new HashMap<>(ServiceInstance.onFreePorts(1));
        if (!openAtStart) {
            String options = System.getenv().getOrDefault("SUITE_JAVA_OPTS", Suite.DEFAULT_JAVA_OPTIONS);
            settings.put("SUITE_JAVA_OPTS", options
                    + " -Dquarkus.datasource.jdbc.min-size=0 -Dquarkus.datasource.jdbc.initial-size=0");
        }
        Function<String, String> env = name -> settings.getOrDefault(name, System.getenv(name));
        try (DataFolderLock ignored = DataFolderLock.claim(data)) {
            LocalStack.resetForTests(data);
        }
        String pools = openAtStart ? "as configured (opened at start)" : "opened on demand (min and initial 0)";
        progress("connection pools %s: starting the suite in %s", pools, data);
        try (Suite suite = Suite.start(root, StackSettings.forTests(env, data), env, Progress.silent())) {
            BenchSettings login = BenchSettings.from(name -> "BENCH_GATEWAY_URL".equals(name)
                    ? suite.url(ServiceSpec.GATEWAY) : System.getenv(name));
            SuiteClient client = SuiteClient.withToken(login);
            Load.Result result = Load.fixedRate(client, suite.url(ServiceSpec.GATEWAY) + "/api/v1/migrants", rate,
                    seconds, new People()::person, new AtomicLong());
            String line = String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.0f |", pools, result.ids.size(),
                    result.failed(), result.percentile(50), result.percentile(95), result.percentile(100));
            progress("%s%s", line, result.failureSummary());
            return line;
        }
    }

    private static int number(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    private static void progress(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[cold-start] " + format + "%n", args);
    }
}
