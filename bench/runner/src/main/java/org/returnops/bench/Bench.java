package org.returnops.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The benchmark of a running suite (not a test: it prints figures and asserts nothing), one table per run,
 * also written to {@code bench/target/bench-<time>.md}. Phases, each skippable with {@code BENCH_PHASES}:
 * memory and start-up of the services, the raw insert ceiling of their PostgreSQL, the bare peer, registrations
 * through the gateway and directly, the full flow keeping up with a fixed rate, the hop registry commit →
 * consular case, and manifest packing. Run it with {@code bench/run.sh} (see docs/performance.md).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.from(System::getenv);
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        SuiteProcesses suite = new SuiteProcesses(settings.suiteData());
        Table table = new Table();
        People people = new People();
        AtomicLong index = new AtomicLong();
        progress("cores %d, %s %s; suite data %s; gateway %s, registry %s, PostgreSQL %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), Runtime.version(),
                settings.suiteData(), settings.gateway(), settings.registry(), settings.postgres());
        List<String> javaOptions = suite.serviceJavaOptions();
        String peerOptions = System.getenv("BENCH_PEER_JAVA_OPTS");
        List<String> peerJavaOptions = peerOptions == null || peerOptions.isBlank() ? javaOptions
                : List.of(peerOptions.trim().split("\\s+"));
        table.note("JVM options of the services: `" + String.join(" ", javaOptions) + "`; of the bare peer: `"
                + String.join(" ", peerJavaOptions) + "`");

        Map<String, Long> idle = suite.residentMegabytes();
        if (settings.runs("memory")) {
            table.figure("each service's start as it logged it, four at once (last start of the suite)",
                    suite.startSeconds().entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " s")
                            .collect(Collectors.joining(", ")), "≤ 3 s");
        }
        int seconds = settings.seconds();
        if (settings.runs("ceiling")) {
            progress("raw insert ceiling, %d s", 15);
            RawCeiling.Figure ceiling = RawCeiling.measure(settings, 15);
            table.ceilingRate(ceiling.perSecond());
            table.rate("raw insert ceiling of the suite's PostgreSQL (single-row INSERT + COMMIT, " + ceiling.how() + ")",
                    ceiling.perSecond(), "", "");
        }
        if (settings.runs("peer")) {
            Path application = root.resolve("bench/peer/target/quarkus-app/quarkus-run.jar");
            try (BarePeer peer = BarePeer.start(settings, peerJavaOptions, application)) {
                progress("bare peer ready in %.1f s; warm-up %d s, then %d s with %d in flight", peer.startSeconds,
                        settings.warmUpSeconds(), seconds, settings.concurrency());
                SuiteClient anonymous = SuiteClient.anonymous();
                Load.closed(anonymous, peer.url(), settings.concurrency(), settings.warmUpSeconds(), People::note,
                        index);
                double cpuBefore = peer.cpuSeconds();
                Load.Result result = Load.closed(anonymous, peer.url(), settings.concurrency(), seconds,
                        People::note, index);
                double cpu = peer.cpuSeconds() - cpuBefore;
                table.peerRate(result.rate());
                table.rate("bare peer: Quarkus REST + Panache, one row per POST, " + settings.concurrency()
                        + " in flight", result.rate(), latencies(result) + result.failureSummary(), "");
                table.figure("bare peer: start alone (to its first 201) / resident memory after its load / CPU "
                                + "per POST (its JVM)",
                        Table.format("%.1f s / %d MB / %.2f ms", peer.startSeconds, peer.residentMegabytes(),
                                1000 * cpu / result.nanos.size()), "");
            }
        }
        SuiteClient client = SuiteClient.withToken(settings);
        String gatewayMigrants = settings.gateway() + "/api/v1/migrants";
        String registryMigrants = settings.registry() + "/api/v1/migrants";
        if (settings.runs("registrations")) {
            progress("registrations: warm-up %d s through the gateway, then %d s through it and %d s directly",
                    settings.warmUpSeconds(), seconds, seconds);
            Load.closed(client, gatewayMigrants, settings.concurrency(), settings.warmUpSeconds(), people::person,
                    index);
            double cpuBefore = suite.cpuSeconds();
            Load.Result gateway = Load.closed(client, gatewayMigrants, settings.concurrency(), seconds,
                    people::person, index);
            double cpu = suite.cpuSeconds() - cpuBefore;
            table.rate("registrations through the gateway, " + settings.concurrency() + " in flight, " + seconds
                    + " s after warm-up", gateway.rate(), latencies(gateway) + gateway.failureSummary(),
                    "≥ 800 /s and ≥ 0.4× the bare peer");
            Load.Result direct = Load.closed(client, registryMigrants, settings.concurrency(), seconds,
                    people::person, index);
            table.figure("CPU per registration through the gateway (the four services' and the broker's JVMs, "
                    + "everything the registration causes while the phase runs)",
                    Table.format("%.2f ms", 1000 * cpu / gateway.nanos.size()), "");
            table.rate("registrations directly to the registry, same", direct.rate(),
                    latencies(direct) + direct.failureSummary(), "");
        }
        if (settings.runs("keep-up")) {
            progress("full flow: %d registrations/s for %d s", settings.keepUpRate(), settings.keepUpSeconds());
            Load.Result sent = Load.fixedRate(client, registryMigrants, settings.keepUpRate(),
                    settings.keepUpSeconds(), people::person, index);
            Flow.KeepUp keepUp = Flow.keepUp(settings, new ArrayList<>(sent.ids), sent.lastAnswerNanos, 120);
            table.figure("full flow keeps up: " + settings.keepUpRate() + " registrations/s for "
                            + settings.keepUpSeconds() + " s; every person past REGISTERED (case opened, authorities "
                            + "asked) after the last registration's answer",
                    (keepUp.seconds() >= 0 ? Table.format("%.2f s", keepUp.seconds())
                            : Table.format("%d still REGISTERED after 120 s", keepUp.behind()))
                            + Table.format("; %d registered (%.0f /s answered)", sent.ids.size(), sent.rate())
                            + sent.failureSummary(), "≤ 2 s at ≥ 300 /s");
        }
        if (settings.runs("hop")) {
            progress("hop: %d registrations/s for %d s", settings.hopRate(), settings.hopSeconds());
            Load.Result sent = Load.fixedRate(client, registryMigrants, settings.hopRate(), settings.hopSeconds(),
                    people::person, index);
            List<Double> hop = Flow.hop(settings, new ArrayList<>(sent.ids), 120);
            table.figure("hop registry commit → consular case at " + settings.hopRate() + " people/s ("
                            + hop.size() + " of " + sent.ids.size() + " people)",
                    Table.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms", Flow.percentile(hop, 50),
                            Flow.percentile(hop, 90), Flow.percentile(hop, 99)), "p99 ≤ 50 ms");
        }
        if (settings.runs("manifest")) {
            progress("manifest packing");
            table.figure("manifest packing alone (ManifestPacker, 10,000 people into 250 vehicles, median of 20 "
                    + "after 5 warm-up)", Table.format("%.1f ms", ManifestPhase.medianMillis(10_000, 250, 20, 5)),
                    "the endpoint ≤ 1 s");
        }
        if (settings.runs("memory")) {
            Map<String, Long> after = suite.residentMegabytes();
            table.figure("resident memory per service, at the bench's start / at its end",
                    after.keySet().stream().map(s -> s + " " + idle.getOrDefault(s, -1L) + " / " + after.get(s) + " MB")
                            .collect(Collectors.joining(", ")), "≤ 150 / ≤ 250 MB");
        }

        String rendered = table.render();
        System.out.println();
        System.out.println(rendered);
        Files.createDirectories(settings.output());
        Path file = settings.output().resolve("bench-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, rendered);
        System.out.println("written to " + file);
    }

    private static String latencies(Load.Result result) {
        return Table.format("p50 %.0f ms, p99 %.0f ms", result.percentile(50), result.percentile(99));
    }

    private static void progress(String format, Object... values) {
        System.out.println("· " + Table.format(format, values));
    }
}
