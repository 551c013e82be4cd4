package org.returnops.bench;

import org.returnops.localstack.DatabaseCoordinates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * List and search of the registry with a million people (not a test: it prints one table, also written to
 * {@code bench/target/scale-<time>.md}). On a suite it starts itself in {@code bench/target/scale-suite}
 * ({@link OwnSuite}; kept between runs, so the load is paid once), it registers seed people through the
 * registry's API, copies them in SQL until the registry holds {@code BENCH_SCALE_PEOPLE} ({@link RegistryLoad}),
 * registers a few people with names nobody else has, then times each list and search request of the registry's
 * API one at a time: p50, p95 and p99 after a warm-up. Run it with {@code bench/scale.sh}.
 */
public final class RegistryAtScale {

    /** People with names of their own, registered after the load: a search that finds one person. */
    private static final String RARE = """
            {"siteCode":"KZ-ALMATY","nameLatin":{"family":"Zoirova","given":"Parvina"},\
            "nameCyrillic":{"family":"Зоирова","given":"Парвина"},"sex":"F","dateOfBirth":"1990-03-08",\
            "nationality":"TJK","destinationRegion":"Sughd",\
            "consent":{"givenAt":"2020-10-12T08:00:00Z","takenBy":"IOM","language":"tg"}}""";

    private RegistryAtScale() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        BenchSettings defaults = BenchSettings.from(System::getenv);
        long target = Long.parseLong(System.getenv().getOrDefault("BENCH_SCALE_PEOPLE", "1000000"));
        int seeds = Integer.parseInt(System.getenv().getOrDefault("BENCH_SCALE_SEEDS", "500"));
        int requests = Integer.parseInt(System.getenv().getOrDefault("BENCH_SCALE_REQUESTS", "200"));
        Map<String, String> places = OwnSuite.places(defaults.output().resolve("scale-suite"));
        Table table = new Table();
        try (OwnSuite suite = OwnSuite.start(root, places, Map.of())) {
            BenchSettings settings = suite.benchSettings();
            SuiteClient client = SuiteClient.withToken(settings);
            String migrants = settings.registry() + "/api/v1/migrants";
            DatabaseCoordinates database = suite.database("registry");
            RegistryLoad load = new RegistryLoad(database.jdbcUrl(), database.username(), database.password());
            if (load.people() < target) {
                long started = System.nanoTime();
                if (load.people() < seeds) {
                    progress("registering %d seed people through the registry's API", seeds);
                    Load.Result sent = Load.fixedRate(client, migrants, 25, Math.max(1, seeds / 25), new People()::person,
                            new AtomicLong());
                    progress("seeds: %d registered%s", sent.ids.size(), sent.failureSummary());
                }
                load.fillTo(target, Integer.parseInt(System.getenv().getOrDefault("BENCH_SCALE_CHUNK", "100")),
                        RegistryAtScale::progress);
                for (int i = 0; i < 3; i++) {
                    client.post(migrants, RARE).join();
                }
                table.figure("loading the registry to " + Table.format("%,d", load.people()) + " people (seeds "
                        + "through the API, copies in SQL, vacuum and analyse)", Table.format("%.0f s",
                        (System.nanoTime() - started) / 1e9), "");
            }
            long people = load.people();
            progress("%,d people in the registry; %d requests per query after %d of warm-up", people, requests,
                    requests / 5);
            for (Map.Entry<String, String> query : queries().entrySet()) {
                String url = migrants + query.getValue();
                time(client, url, requests / 5);
                List<Double> millis = time(client, url, requests);
                String figure = Table.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", Flow.percentile(millis, 50),
                        Flow.percentile(millis, 95), Flow.percentile(millis, 99));
                progress("%s: %s", query.getKey(), figure);
                table.figure(query.getKey() + " (`GET /api/v1/migrants" + query.getValue() + "`)", figure,
                        "p95 ≤ 50 ms");
            }
            table.figure("database size on disk (tables, indexes, TOAST) per person", sizes(suite), "");
            table.note(Table.format("%,d people in the registry; each request alone, %d timed after %d of "
                    + "warm-up, directly to the registry with an operator's token (each answer with names is "
                    + "audited, as in use).", people, requests, requests / 5));
        }
        String rendered = table.render();
        System.out.println();
        System.out.println(rendered);
        Files.createDirectories(defaults.output());
        Path file = defaults.output().resolve("scale-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, rendered);
        System.out.println("written to " + file);
    }

    /**
     * Each service's database per person: the registry's at the loaded size, consular's and transport's for the
     * seed people they heard of (their cases with clearances, their pool entries).
     */
    private static String sizes(OwnSuite suite) throws java.sql.SQLException {
        List<String> sizes = new ArrayList<>();
        for (String[] each : new String[][] {{"registry", "migrant"}, {"consular", "clearance_case"},
                {"transport", "pool_person"}}) {
            DatabaseCoordinates database = suite.database(each[0]);
            long bytes = RegistryLoad.bytesOnDisk(database);
            long rows = RegistryLoad.rows(database, each[1]);
            sizes.add(Table.format("%s %,d MB for %,d %s (%.1f KB each)", each[0], bytes / 1_048_576, rows, each[1],
                    rows == 0 ? Double.NaN : bytes / 1024.0 / rows));
        }
        return String.join("; ", sizes);
    }

    /** What an operator's screens ask of the registry: lists, filters, later pages and name searches. */
    private static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("list, first page", "");
        queries.put("list, page 50", "?page=50");
        queries.put("list, page 2,500 (offset 50,000)", "?page=2500");
        queries.put("list by family name, first page", "?sort=familyName,asc");
        queries.put("filter: status", "?status=CLEARED");
        queries.put("filter: site and status", "?site=KZ-SHYMKENT&status=REGISTERED");
        queries.put("filter: destination region", "?destinationRegion=Sughd");
        queries.put("filter: vulnerability", "?vulnerability=SERIOUS_MEDICAL_CONDITION");
        queries.put("search: a common family name", "?q=" + encode("Rakhimov"));
        queries.put("search: a common full name", "?q=" + encode("Rakhimov Farrukh"));
        queries.put("search: in Cyrillic", "?q=" + encode("Рахимов"));
        queries.put("search: a name held by 3 people", "?q=" + encode("Zoirova Parvina"));
        queries.put("search with a filter", "?q=" + encode("Karimova") + "&status=CLEARED");
        return queries;
    }

    private static List<Double> time(SuiteClient client, String url, int count) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            SuiteClient.Answer answer = client.get(url);
            millis.add((System.nanoTime() - started) / 1e6);
            if (answer.status() != 200) {
                throw new IllegalStateException(url + " answered " + answer.status() + ": " + answer.body());
            }
        }
        Collections.sort(millis);
        return millis;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void progress(String format, Object... values) {
        System.out.println("· " + Table.format(format, values));
    }
}
