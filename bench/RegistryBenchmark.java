import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registry throughput and query latency: how fast people can be registered, and how fast the list and
 * search of a registry holding them answers.
 *
 * <ol>
 *   <li>Registrations: POST /api/v1/migrants with C requests in flight until N people are registered,
 *       against the registry directly, then for a short phase through the gateway to compare. Bodies are
 *       valid and varied: Tajik names in Latin (sometimes also Cyrillic) script, birth dates 1940–2019,
 *       the three seeded sites, the five destination regions, occasional recorded vulnerabilities and seat
 *       needs, a passport with a unique number for most, consent. Prints registrations/s, the count of
 *       201s and of other answers (with the first failure bodies), and p50/p95/p99 latency.</li>
 *   <li>List and search: after W seconds of warm-up with mixed queries, R queries one at a time (so the
 *       latency holds no queueing) over eight kinds (first page, status and site with a page, vulnerability,
 *       region ordered by family name, family name in Latin, the same in Cyrillic, a given-name prefix,
 *       family name with region). Prints p50/p95/p99/max per kind and overall against the target
 *       p95 ≤ 100 ms, and the totals the queries returned.</li>
 * </ol>
 *
 * Against a running suite (./start-suite.sh): bench/registry.sh [N] [C] [W] [R], or the environment
 * variables BENCH_PEOPLE, BENCH_CONCURRENCY, BENCH_WARMUP_SECONDS, BENCH_QUERIES (arguments win). Defaults:
 * N 100000, C 8, W 20, R 2000. Further settings: BENCH_REGISTRY_URL (http://localhost:8081),
 * BENCH_GATEWAY_URL (http://localhost:8080), BENCH_GATEWAY_SECONDS (10; 0 skips the gateway phase),
 * BENCH_SKIP_SEED=true (no registrations: measure the queries on a registry seeded before), BENCH_PG
 * (localhost:5432, for the ceiling), BENCH_CLIENT_ID / BENCH_CLIENT_SECRET (the operator dev partner).
 * With a gateway phase, three equal phases are compared: the registry directly (warm), through the gateway,
 * and raw single-row inserts into PostgreSQL with the same number in flight (the ceiling).
 * Passport numbers continue from the registry's count at start, so a second run adds new people.
 * Not a test: it prints figures and asserts nothing.
 */
public class RegistryBenchmark {

    private static final double TARGET_P95_MS = 100;
    private static String token;
    private static final int FAILURE_LIMIT = 1000;
    private static final int FAILURE_BODIES_SHOWN = 5;

    private static final String[][] FAMILY_NAMES = {
            {"Rakhimov", "Рахимов"}, {"Yusupov", "Юсупов"}, {"Sharipov", "Шарипов"}, {"Karimov", "Каримов"},
            {"Davlatov", "Давлатов"}, {"Saidov", "Саидов"}, {"Rahmonov", "Рахмонов"}, {"Odinaev", "Одинаев"},
            {"Mirzoev", "Мирзоев"}, {"Nazarov", "Назаров"}, {"Safarov", "Сафаров"}, {"Sattorov", "Сатторов"},
            {"Kholov", "Холов"}, {"Boboev", "Бобоев"}, {"Juraev", "Джураев"}, {"Kurbonov", "Курбонов"},
            {"Sodikov", "Содиков"}, {"Abdulloev", "Абдуллоев"}, {"Ismoilov", "Исмоилов"}, {"Nurov", "Нуров"},
            {"Khaitov", "Хаитов"}, {"Umarov", "Умаров"}, {"Aliev", "Алиев"}, {"Tursunov", "Турсунов"},
            {"Gafurov", "Гафуров"}, {"Hasanov", "Хасанов"}, {"Olimov", "Олимов"}, {"Qodirov", "Кодиров"},
            {"Sultonov", "Султонов"}, {"Mahmudov", "Махмудов"}, {"Ashurov", "Ашуров"}, {"Fayzulloev", "Файзуллоев"},
            {"Khojaev", "Ходжаев"}, {"Ibragimov", "Ибрагимов"}, {"Rustamov", "Рустамов"}, {"Salimov", "Салимов"},
            {"Latipov", "Латипов"}, {"Nematov", "Нематов"}, {"Sharifzoda", "Шарифзода"}, {"Rahmonzoda", "Рахмонзода"}};

    private static final String[][] MALE_NAMES = {
            {"Farrukh", "Фаррух"}, {"Jamshed", "Джамшед"}, {"Umed", "Умед"}, {"Firdavs", "Фирдавс"},
            {"Bakhtiyor", "Бахтиёр"}, {"Dilshod", "Дилшод"}, {"Rustam", "Рустам"}, {"Sherzod", "Шерзод"},
            {"Alisher", "Алишер"}, {"Faridun", "Фаридун"}, {"Behruz", "Бехруз"}, {"Siyovush", "Сиёвуш"},
            {"Abdullo", "Абдулло"}, {"Khurshed", "Хуршед"}, {"Parviz", "Парвиз"}, {"Manuchehr", "Манучехр"},
            {"Nurullo", "Нурулло"}, {"Suhrob", "Сухроб"}, {"Davron", "Даврон"}, {"Ismoil", "Исмоил"}};

    private static final String[][] FEMALE_NAMES = {
            {"Gulnora", "Гулнора"}, {"Zarina", "Зарина"}, {"Mohira", "Мохира"}, {"Nigora", "Нигора"},
            {"Dilnoza", "Дилноза"}, {"Madina", "Мадина"}, {"Malika", "Малика"}, {"Shahnoza", "Шахноза"},
            {"Firuza", "Фируза"}, {"Gulchehra", "Гулчехра"}, {"Nilufar", "Нилуфар"}, {"Sitora", "Ситора"},
            {"Tahmina", "Тахмина"}, {"Manizha", "Манижа"}, {"Parvina", "Парвина"}, {"Mehrangez", "Мехрангез"},
            {"Farangis", "Фарангис"}, {"Shabnam", "Шабнам"}, {"Munira", "Мунира"}, {"Laylo", "Лайло"}};

    private static final String[] SITES = {"KZ-ZHIBEK-ZHOLY", "KZ-SHYMKENT", "KZ-ALMATY"};
    private static final String[] REGIONS = {"Sughd", "Khatlon", "Dushanbe", "GBAO",
            "Districts of Republican Subordination"};
    private static final String[] CASEWORKERS = {"IOM caseworker D. Omarova", "IOM caseworker A. Seitkali",
            "Embassy of Tajikistan, consul F. Nazarov", "KZ Migration Service, officer B. Zhaksylykov"};
    private static final String[] MOBILE_PREFIXES = {"90", "91", "92", "93", "98"};

    private static final String[] QUERY_KINDS = {"first page", "status+site page 5", "vulnerability",
            "region sorted", "family name Latin", "family name Cyrillic", "given-name prefix", "family name+region"};

    public static void main(String[] args) throws Exception {
        int people = setting(args, 0, "BENCH_PEOPLE", 100_000);
        int concurrency = setting(args, 1, "BENCH_CONCURRENCY", 8);
        int warmUp = setting(args, 2, "BENCH_WARMUP_SECONDS", 20);
        int queries = setting(args, 3, "BENCH_QUERIES", 2000);
        int gatewaySeconds = Integer.parseInt(env("BENCH_GATEWAY_SECONDS", "10"));
        boolean skipSeed = Boolean.parseBoolean(env("BENCH_SKIP_SEED", "false"));
        String registry = env("BENCH_REGISTRY_URL", "http://localhost:8081");
        String gateway = env("BENCH_GATEWAY_URL", "http://localhost:8080");

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        token = token(http, gateway);
        long before = total(http, registry + "/api/v1/migrants?size=1");
        System.out.printf("cores %d, %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name")
                + " " + Runtime.version());
        System.out.printf("registry %s (holds %d people), gateway %s%n", registry, before, gateway);
        System.out.printf("registrations: %s; list/search: %d s warm-up, then %d queries one at a time%n%n",
                skipSeed ? "skipped (BENCH_SKIP_SEED=true)"
                        : "%d people with %d in flight directly, then %s through the gateway".formatted(people,
                        concurrency, gatewaySeconds > 0 ? gatewaySeconds + " s" : "none"),
                warmUp, queries);

        if (!skipSeed) {
            AtomicLong passport = new AtomicLong(before);
            Registrations direct = register(http, registry, concurrency, passport, people, 0);
            direct.print("registry directly");
            if (gatewaySeconds > 0) {
                Registrations warm = register(http, registry, concurrency, passport, Integer.MAX_VALUE, gatewaySeconds);
                warm.print("registry directly, warm, " + gatewaySeconds + " s");
                Registrations through = register(http, gateway, concurrency, passport, Integer.MAX_VALUE,
                        gatewaySeconds);
                through.print("through the gateway");
                double ceiling = rawInserts(env("BENCH_PG", "localhost:5432"), concurrency, gatewaySeconds);
                System.out.printf("%-22s %8.0f /s with %d in flight: single-row INSERT + COMMIT of a registration-sized "
                        + "row, JDBC, no service (the ceiling)%n", "raw PostgreSQL", ceiling, concurrency);
                System.out.printf("gateway / ceiling: %.1f %%; registry directly / ceiling: %.1f %% (aim: gateway ≥ 50 %%)%n",
                        100 * through.rate() / ceiling, 100 * warm.rate() / ceiling);
            }
            System.out.println();
        }

        System.out.printf("registry holds %d people%n", total(http, registry + "/api/v1/migrants?size=1"));
        SplittableRandom random = new SplittableRandom(42);
        long warmUpEnd = System.nanoTime() + warmUp * 1_000_000_000L;
        int warmedWith = 0;
        while (System.nanoTime() < warmUpEnd) {
            query(http, registry, warmedWith % QUERY_KINDS.length, random);
            warmedWith++;
        }
        System.out.printf("warm-up: %d queries in %d s%n", warmedWith, warmUp);

        Map<String, QueryFigures> figures = new LinkedHashMap<>();
        for (String kind : QUERY_KINDS) {
            figures.put(kind, new QueryFigures());
        }
        QueryFigures overall = new QueryFigures();
        for (int i = 0; i < queries; i++) {
            int kind = i % QUERY_KINDS.length;
            Answer answer = query(http, registry, kind, random);
            figures.get(QUERY_KINDS[kind]).add(answer);
            overall.add(answer);
        }
        System.out.printf("%-22s %6s %8s %8s %8s %8s  %s%n", "list/search (ms)", "n", "p50", "p95", "p99", "max",
                "total returned (min / median / max)");
        figures.forEach((kind, f) -> f.print(kind));
        overall.print("overall");
        System.out.printf("target: list/search p95 ≤ %.0f ms; measured overall p95 %.1f ms%n", TARGET_P95_MS,
                pct(overall.millis(), 95));
    }

    /**
     * The ceiling: how many single-row inserts, each its own transaction, PostgreSQL takes from
     * {@code concurrency} JDBC connections in {@code seconds}, into a scratch table of the registry's
     * database (a row about the size of a registration with its outbox event), dropped afterwards.
     */
    private static double rawInserts(String pg, int concurrency, int seconds) throws Exception {
        String url = "jdbc:postgresql://" + pg + "/registry";
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url, "registry", "registry");
                java.sql.Statement ddl = admin.createStatement()) {
            ddl.execute("create table if not exists bench_insert (id uuid primary key, body jsonb not null, "
                    + "at timestamp with time zone not null default now())");
        }
        String body = person(0);
        AtomicLong inserted = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread worker = new Thread(() -> {
                try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "registry", "registry");
                        java.sql.PreparedStatement insert = connection.prepareStatement(
                                "insert into bench_insert (id, body) values (?, ?::jsonb)")) {
                    while (System.nanoTime() < end) {
                        insert.setObject(1, java.util.UUID.randomUUID());
                        insert.setString(2, body);
                        insert.executeUpdate();
                        inserted.incrementAndGet();
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url, "registry", "registry");
                java.sql.Statement ddl = admin.createStatement()) {
            ddl.execute("drop table bench_insert");
        }
        return inserted.get() / (double) seconds;
    }

    /** Registers until {@code people} are registered or {@code seconds} (when > 0) have passed. */
    private static Registrations register(HttpClient http, String base, int concurrency, AtomicLong passport,
            int people, int seconds) throws InterruptedException {
        Registrations result = new Registrations(people);
        Semaphore slots = new Semaphore(concurrency);
        AtomicInteger inFlight = new AtomicInteger();
        URI uri = URI.create(base + "/api/v1/migrants");
        long deadline = seconds > 0 ? result.start + seconds * 1_000_000_000L : Long.MAX_VALUE;
        while (result.created.get() + inFlight.get() < people && System.nanoTime() < deadline
                && result.failed.get() < FAILURE_LIMIT) {
            slots.acquire();
            inFlight.incrementAndGet();
            String body = person(passport.getAndIncrement());
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long sent = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long took = System.nanoTime() - sent;
                if (error != null) {
                    result.failure("error", error.toString());
                } else if (response.statusCode() == 201) {
                    result.success(took);
                } else {
                    result.failure(Integer.toString(response.statusCode()), response.body());
                }
                inFlight.decrementAndGet();
                slots.release();
            });
        }
        slots.acquire(concurrency);
        slots.release(concurrency);
        result.seconds = (System.nanoTime() - result.start) / 1e9;
        if (result.failed.get() >= FAILURE_LIMIT) {
            System.out.printf("stopped after %d failed registrations%n", FAILURE_LIMIT);
        }
        return result;
    }

    /** A valid, varied registration; the same index always gives the same person. */
    private static String person(long index) {
        SplittableRandom random = new SplittableRandom(index * 0x9E3779B97F4A7C15L);
        boolean female = random.nextBoolean();
        String[] family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
        String[][] givenNames = female ? FEMALE_NAMES : MALE_NAMES;
        String[] given = givenNames[random.nextInt(givenNames.length)];
        String[] father = MALE_NAMES[random.nextInt(MALE_NAMES.length)];
        boolean patronymic = random.nextInt(100) < 60;
        LocalDate born = birthDate(random);
        int age = born.until(LocalDate.now()).getYears();

        StringBuilder json = new StringBuilder(700);
        json.append("{\"siteCode\":\"").append(SITES[random.nextInt(SITES.length)]).append('"');
        json.append(",\"nameLatin\":").append(name(familyName(family[0], female, "a"), given[0],
                patronymic ? patronymic(father[0], female, true) : null));
        if (random.nextInt(100) < 40) {
            json.append(",\"nameCyrillic\":").append(name(familyName(family[1], female, "а"), given[1],
                    patronymic ? patronymic(father[1], female, false) : null));
        }
        json.append(",\"sex\":\"").append(female ? 'F' : 'M').append('"');
        json.append(",\"dateOfBirth\":\"").append(born).append('"');
        json.append(",\"nationality\":\"TJK\"");
        if (age >= 16 && random.nextInt(100) < 50) {
            json.append(",\"phone\":\"+992").append(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)])
                    .append(String.format("%07d", random.nextInt(10_000_000))).append('"');
        }
        if (random.nextInt(100) < 95) {
            json.append(",\"destinationRegion\":\"").append(REGIONS[random.nextInt(REGIONS.length)]).append('"');
        }
        if (random.nextInt(100) < 90) {
            LocalDate expires = LocalDate.now().plusDays(random.nextInt(30, 3650));
            json.append(",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"").append(String.format("B%08d", index))
                    .append("\",\"issuingState\":\"TJK\",\"expiresOn\":\"").append(expires).append("\"}]");
        }
        List<String> vulnerabilities = new ArrayList<>();
        if (female && age >= 18 && age <= 45 && random.nextInt(100) < 8) {
            vulnerabilities.add("PREGNANT");
        }
        if (random.nextInt(100) < 3) {
            vulnerabilities.add("DISABILITY");
        }
        if (random.nextInt(100) < 4) {
            vulnerabilities.add("SERIOUS_MEDICAL_CONDITION");
        }
        if (!vulnerabilities.isEmpty()) {
            json.append(",\"vulnerabilities\":").append(array(vulnerabilities));
        }
        List<String> seatNeeds = new ArrayList<>();
        if (vulnerabilities.contains("DISABILITY") && random.nextBoolean()) {
            seatNeeds.add("WHEELCHAIR");
        }
        if (vulnerabilities.contains("SERIOUS_MEDICAL_CONDITION") && random.nextInt(100) < 30) {
            seatNeeds.add("LYING_POSITION");
        }
        if (random.nextInt(100) < (vulnerabilities.isEmpty() ? 2 : 40)) {
            seatNeeds.add("NEAR_TOILET");
        }
        if (!seatNeeds.isEmpty()) {
            json.append(",\"seatNeeds\":").append(array(seatNeeds));
        }
        Instant consent = Instant.now().minusSeconds(random.nextInt(60, 7200)).truncatedTo(ChronoUnit.SECONDS);
        json.append(",\"consent\":{\"givenAt\":\"").append(consent).append("\",\"takenBy\":\"")
                .append(CASEWORKERS[random.nextInt(CASEWORKERS.length)]).append("\",\"language\":\"tg\"}}");
        return json.toString();
    }

    /** Mostly working-age adults, some children and some elderly people; all born 1940–2019. */
    private static LocalDate birthDate(SplittableRandom random) {
        int band = random.nextInt(100);
        int year = band < 15 ? random.nextInt(2003, 2020) : band < 90 ? random.nextInt(1966, 2003)
                : random.nextInt(1940, 1966);
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    }

    private static String familyName(String masculine, boolean female, String feminineEnding) {
        return female && !masculine.endsWith("zoda") && !masculine.endsWith("зода") ? masculine + feminineEnding
                : masculine;
    }

    private static String patronymic(String father, boolean female, boolean latin) {
        boolean vowel = "aeiouаеиоуё".indexOf(Character.toLowerCase(father.charAt(father.length() - 1))) >= 0;
        if (latin) {
            return father + (vowel ? "ev" : "ov") + (female ? "na" : "ich");
        }
        return father + (vowel ? "ев" : "ов") + (female ? "на" : "ич");
    }

    private static String name(String family, String given, String patronymic) {
        return "{\"family\":\"" + family + "\",\"given\":\"" + given + "\""
                + (patronymic == null ? "" : ",\"patronymic\":\"" + patronymic + "\"") + "}";
    }

    private static String array(List<String> values) {
        return "[\"" + String.join("\",\"", values) + "\"]";
    }

    /** One query of the given kind, with a name or prefix picked at random where the kind takes one. */
    private static Answer query(HttpClient http, String base, int kind, SplittableRandom random) throws Exception {
        String[] family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
        String[][] givenNames = random.nextBoolean() ? MALE_NAMES : FEMALE_NAMES;
        String[] given = givenNames[random.nextInt(givenNames.length)];
        String parameters = switch (kind) {
            case 0 -> "size=20";
            case 1 -> "status=REGISTERED&site=KZ-SHYMKENT&page=5";
            case 2 -> "vulnerability=PREGNANT";
            case 3 -> "destinationRegion=Khatlon&sort=familyName,asc";
            case 4 -> "q=" + encode(family[0]);
            case 5 -> "q=" + encode(family[1]);
            case 6 -> "q=" + encode(given[0].substring(0, 4));
            default -> "q=" + encode(family[0]) + "&destinationRegion=Sughd";
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/migrants?" + parameters))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
        long sent = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - sent) / 1e6;
        long total = response.headers().firstValueAsLong("X-Total-Count").orElse(-1);
        return new Answer(millis, response.statusCode(), total, parameters, response.body());
    }

    private static long total(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValueAsLong("X-Total-Count").orElseThrow();
    }

    private record Answer(double millis, int status, long total, String parameters, String body) {
    }

    /**
     * Counts, latencies and the first failure bodies of one registration phase; with a target, the rate of
     * every tenth of it is printed as it completes (to show whether registering slows as the registry grows).
     */
    private static final class Registrations {
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final Map<String, Integer> statuses = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();
        final int step;
        final long start = System.nanoTime();
        final AtomicLong stepStart = new AtomicLong(start);
        double seconds;

        Registrations(int target) {
            this.step = target == Integer.MAX_VALUE ? 0 : Math.max(1, target / 10);
        }

        void success(long took) {
            nanos.add(took);
            int count = created.incrementAndGet();
            if (step > 0 && count % step == 0) {
                long now = System.nanoTime();
                long previous = stepStart.getAndSet(now);
                System.out.printf("  %d registered after %.1f s; %.0f registrations/s over the last %d%n", count,
                        (now - start) / 1e9, step / ((now - previous) / 1e9), step);
            }
        }

        synchronized void failure(String status, String body) {
            failed.incrementAndGet();
            statuses.merge(status, 1, Integer::sum);
            if (failures.size() < FAILURE_BODIES_SHOWN) {
                failures.add(status + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body));
            }
        }

        double rate() {
            return created.get() / seconds;
        }

        synchronized void print(String where) {
            List<Double> millis = new ArrayList<>();
            nanos.forEach(n -> millis.add(n / 1e6));
            Collections.sort(millis);
            System.out.printf("registrations, %s: %d created (201) in %.1f s = %.0f registrations/s; "
                    + "other answers %d%s%n", where, created.get(), seconds, created.get() / seconds, failed.get(),
                    statuses.isEmpty() ? "" : " " + statuses);
            System.out.printf("  POST latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(millis, 50),
                    pct(millis, 95), pct(millis, 99), millis.isEmpty() ? 0 : millis.get(millis.size() - 1));
            failures.forEach(failure -> System.out.println("  failed: " + failure));
        }
    }

    /** Latencies, totals and failures of one kind of query. */
    private static final class QueryFigures {
        final List<Double> millis = new ArrayList<>();
        final List<Long> totals = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        int failed;

        void add(Answer answer) {
            millis.add(answer.millis());
            if (answer.status() == 200) {
                totals.add(answer.total());
            } else {
                failed++;
                if (failures.size() < FAILURE_BODIES_SHOWN) {
                    failures.add(answer.status() + " for ?" + answer.parameters() + ": " + answer.body());
                }
            }
        }

        List<Double> millis() {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted;
        }

        void print(String kind) {
            List<Double> sorted = millis();
            List<Long> sortedTotals = new ArrayList<>(totals);
            Collections.sort(sortedTotals);
            String returned = sortedTotals.isEmpty() ? "-" : "%d / %d / %d".formatted(sortedTotals.get(0),
                    sortedTotals.get(sortedTotals.size() / 2), sortedTotals.get(sortedTotals.size() - 1));
            System.out.printf("%-22s %6d %8.1f %8.1f %8.1f %8.1f  %s%s%s%n", kind, sorted.size(), pct(sorted, 50),
                    pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                    kind.equals("overall") ? "" : returned, failed == 0 ? "" : "; " + failed + " not 200",
                    pct(sorted, 95) > TARGET_P95_MS ? "  (p95 over the target)" : "");
            failures.forEach(failure -> System.out.println("  failed: " + failure));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int setting(String[] args, int position, String variable, int fallback) {
        return Integer.parseInt(args.length > position ? args[position] : env(variable, Integer.toString(fallback)));
    }

    private static double pct(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    /**
     * An operator's token from the gateway (client credentials: BENCH_CLIENT_ID, BENCH_CLIENT_SECRET, by default
     * the dev partner). Tokens last 15 minutes; a longer run sets gateway.token.lifetime higher.
     */
    private static String token(HttpClient http, String gateway) throws Exception {
        String client = env("BENCH_CLIENT_ID", "operator");
        String secret = env("BENCH_CLIENT_SECRET", client + "-dev-secret");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/auth/token"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"access_token\":\"([^\"]+)\"")
                .matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token from the gateway: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
