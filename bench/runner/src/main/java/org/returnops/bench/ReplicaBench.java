package org.returnops.bench;

import org.returnops.localstack.DataFolderLock;
import org.returnops.localstack.DatabaseCoordinates;
import org.returnops.localstack.LocalStack;
import org.returnops.localstack.Progress;
import org.returnops.localstack.ServiceInstance;
import org.returnops.localstack.ServiceSpec;
import org.returnops.localstack.StackSettings;
import org.returnops.localstack.Suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The scale model's bench (not a test: it prints figures and asserts nothing): starts the packaged suite with
 * one and then with two instances of each domain service ({@code SUITE_REPLICAS}), on free ports and a data
 * folder of its own, and drives the full flow through the gateway: registrations with a fixed number in flight,
 * measured until every person registered has a clearance case with its clearances requested. For each it
 * prints people per second and people per second per core: people per CPU-second of the suite's processes
 * (services and broker, from /proc) and of the whole machine (PostgreSQL and this load generator included).
 * Run it with {@code bench/replicas.sh}; settings in docs/performance.md.
 */
public final class ReplicaBench {

    private ReplicaBench() {
    }

    /** What one configuration did. */
    record Figures(int replicas, int people, double seconds, double suiteCpu, double machineCpu) {

        String line() {
            return String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %.1f |", replicas, people,
                    people / seconds, people / suiteCpu, people / machineCpu, machineCpu / seconds);
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Function<String, String> env = System::getenv;
        int concurrency = number(env, "BENCH_CONCURRENCY", 8);
        int warmUp = number(env, "BENCH_WARMUP_SECONDS", 30);
        int seconds = number(env, "BENCH_SECONDS", 30);
        List<Figures> figures = new ArrayList<>();
        for (int replicas : List.of(1, 2)) {
            figures.add(measure(root, replicas, concurrency, warmUp, seconds));
        }
        System.out.printf(Locale.ROOT, "%nfull flow through the gateway, %d in flight, %d s after %d s warm-up,"
                + " %d cores%n", concurrency, seconds, warmUp, Runtime.getRuntime().availableProcessors());
        System.out.println("| instances of each service | people | people/s | people/s per core (suite's JVMs)"
                + " | people/s per core (whole machine) | cores busy |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        figures.forEach(f -> System.out.println(f.line()));
    }

    private static Figures measure(Path root, int replicas, int concurrency, int warmUp, int seconds)
            throws Exception {
        Path data = root.resolve("bench/target/replicas-" + replicas);
        Map<String, String> settings = ServiceInstance.onFreePorts(replicas);
        Function<String, String> env = name -> settings.getOrDefault(name, System.getenv(name));
        try (DataFolderLock ignored = DataFolderLock.claim(data)) {
            LocalStack.resetForTests(data);
        }
        progress("%d instance(s) of each service: starting the suite in %s", replicas, data);
        try (Suite suite = Suite.start(root, StackSettings.forTests(env, data), env, Progress.silent())) {
            BenchSettings login = BenchSettings.from(name -> "BENCH_GATEWAY_URL".equals(name)
                    ? suite.url(ServiceSpec.GATEWAY) : System.getenv(name));
            SuiteClient client = SuiteClient.withToken(login);
            String migrants = suite.url(ServiceSpec.GATEWAY) + "/api/v1/migrants";
            People people = new People();
            AtomicLong index = new AtomicLong(replicas * 10_000_000L);
            progress("warm-up %d s with %d in flight", warmUp, concurrency);
            Load.closed(client, migrants, concurrency, warmUp, people::person, index);
            awaitCases(suite, List.of(), 0);
            double suiteCpuBefore = suiteCpu(data);
            double machineCpuBefore = machineCpu();
            long start = System.nanoTime();
            Load.Result result = Load.closed(client, migrants, concurrency, seconds, people::person, index);
            awaitCases(suite, List.copyOf(result.ids), 300);
            double wall = (System.nanoTime() - start) / 1e9;
            Figures figures = new Figures(replicas, result.ids.size(), wall, suiteCpu(data) - suiteCpuBefore,
                    machineCpu() - machineCpuBefore);
            progress("%s%s", figures.line(), result.failureSummary());
            return figures;
        }
    }

    /** Waits until every id has its clearance case (the registry's event relayed, consumed and acted on). */
    private static void awaitCases(Suite suite, List<String> ids, int timeoutSeconds)
            throws SQLException, InterruptedException {
        DatabaseCoordinates consular = suite.stack().postgres().ensureDatabase("consular");
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        try (Connection connection = DriverManager.getConnection(consular.jdbcUrl(), consular.username(),
                consular.password());
                PreparedStatement cases = connection.prepareStatement(
                        "select count(*) from clearance_case where migrant_id = any(?)")) {
            cases.setArray(1, connection.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
            while (true) {
                try (ResultSet rows = cases.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) >= ids.size() || System.nanoTime() > deadline) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    /** CPU seconds of the services' and the broker's JVMs, by their pid files. */
    private static double suiteCpu(Path data) throws java.io.IOException {
        List<Path> pidFiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(data.resolve("pids"))) {
            files.forEach(pidFiles::add);
        }
        Path broker = data.resolve("kafka").resolve("kafka.pid");
        if (Files.exists(broker)) {
            pidFiles.add(broker);
        }
        double total = 0;
        for (Path file : pidFiles) {
            try {
                total += SuiteProcesses.cpuSeconds(Long.parseLong(Files.readString(file).trim()));
            } catch (NumberFormatException | java.io.IOException e) {
                // a process that is gone is not counted
            }
        }
        return total;
    }

    /** CPU seconds the whole machine spent busy (every core), from /proc/stat. */
    private static double machineCpu() throws java.io.IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < fields.length; i++) {
            // user nice system (idle iowait) irq softirq steal; guest time is already in user
            if (i != 4 && i != 5 && i < 9) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy / 100.0;
    }

    private static int number(Function<String, String> env, String name, int fallback) {
        String value = env.apply(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static void progress(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[replicas] " + format + "%n", args);
    }
}
