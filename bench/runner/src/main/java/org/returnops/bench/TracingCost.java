package org.returnops.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What tracing costs: registrations through the gateway with tracing off, then on, each on a suite the bench
 * starts itself in the same data folder ({@link OwnSuite}), in the same run. Tracing on records every span and
 * exports it over OTLP/HTTP to a sink in the bench ({@link SpanSink}), as it would to a collector. Not a test:
 * it prints one table, also written to {@code bench/target/tracing-<time>.md}. Run it with
 * {@code bench/tracing.sh} (see docs/performance.md).
 */
public final class TracingCost {

    private TracingCost() {
    }

    /** One measured window: the rate, the latencies and the suite's CPU per registration. */
    private record Window(boolean tracing, Load.Result result, double cpuMillis) {
        double rate() {
            return result.rate();
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        BenchSettings defaults = BenchSettings.from(System::getenv);
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_TRACING_ROUNDS", "1"));
        Map<String, String> places = OwnSuite.places(defaults.output().resolve("tracing-suite"));
        People people = new People();
        AtomicLong index = new AtomicLong();
        List<Window> windows = new ArrayList<>();
        try (SpanSink sink = SpanSink.start()) {
            for (int round = 0; round < rounds; round++) {
                for (boolean tracing : new boolean[] {false, true}) {
                    Map<String, String> configuration = new LinkedHashMap<>();
                    configuration.put("quarkus.otel.sdk.disabled", Boolean.toString(!tracing));
                    if (tracing) {
                        configuration.put("quarkus.otel.exporter.otlp.protocol", "http/protobuf");
                        configuration.put("quarkus.otel.exporter.otlp.endpoint", sink.endpoint());
                    }
                    progress("round %d, tracing %s: starting the suite", round + 1, tracing ? "on" : "off");
                    try (OwnSuite suite = OwnSuite.start(root, places, configuration)) {
                        windows.add(measure(suite, tracing, people, index));
                    }
                }
            }
            print(defaults, windows, sink);
        }
    }

    private static Window measure(OwnSuite suite, boolean tracing, People people, AtomicLong index)
            throws InterruptedException {
        BenchSettings settings = suite.benchSettings();
        SuiteClient client = SuiteClient.withToken(settings);
        String url = settings.gateway() + "/api/v1/migrants";
        progress("warm-up %d s, then %d s with %d in flight", settings.warmUpSeconds(), settings.seconds(),
                settings.concurrency());
        Load.closed(client, url, settings.concurrency(), settings.warmUpSeconds(), people::person, index);
        SuiteProcesses processes = suite.processes();
        double before = processes.cpuSeconds();
        Load.Result result = Load.closed(client, url, settings.concurrency(), settings.seconds(), people::person,
                index);
        double cpu = processes.cpuSeconds() - before;
        Window window = new Window(tracing, result, 1000 * cpu / Math.max(1, result.nanos.size()));
        progress("%s: %.1f /s, %.2f ms CPU per registration%s", tracing ? "on" : "off", result.rate(),
                window.cpuMillis(), result.failureSummary());
        return window;
    }

    private static void print(BenchSettings settings, List<Window> windows, SpanSink sink) throws Exception {
        Table table = new Table();
        for (Window window : windows) {
            table.rate("registrations through the gateway, tracing " + (window.tracing() ? "on" : "off") + ", "
                            + settings.concurrency() + " in flight, " + settings.seconds() + " s after warm-up",
                    window.result().rate(), Table.format("p50 %.0f ms, p99 %.0f ms; CPU per registration %.2f ms",
                            window.result().percentile(50), window.result().percentile(99), window.cpuMillis())
                            + window.result().failureSummary(), "");
        }
        double off = mean(windows, false, Window::rate);
        double on = mean(windows, true, Window::rate);
        double cpuOff = mean(windows, false, Window::cpuMillis);
        double cpuOn = mean(windows, true, Window::cpuMillis);
        table.figure("tracing on against off (means over the rounds)", Table.format(
                "rate %.2f×, CPU per registration %.2f×", on / off, cpuOn / cpuOff), "");
        table.figure("spans exported while tracing was on", Table.format("%,d OTLP requests, %,d KB",
                sink.exports(), sink.bytes() / 1024), "");
        table.note("Each window on a suite started for it (run command's code, durable PostgreSQL, JVM options as "
                + "shipped); tracing on exports over OTLP/HTTP (protobuf) to a sink in the bench that discards it.");
        String rendered = table.render();
        System.out.println();
        System.out.println(rendered);
        Files.createDirectories(settings.output());
        Path file = settings.output().resolve("tracing-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, rendered);
        System.out.println("written to " + file);
    }

    private static double mean(List<Window> windows, boolean tracing, java.util.function.ToDoubleFunction<Window> of) {
        return windows.stream().filter(w -> w.tracing() == tracing).mapToDouble(of).average().orElse(Double.NaN);
    }

    private static void progress(String format, Object... values) {
        System.out.println("· " + Table.format(format, values));
    }
}
