import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event hop latency: registry commit of a registration to the consular service's clearance case and to the
 * transport service's pool (migrant.registered.v1 through the outbox, Kafka and each idempotent consumer),
 * at a fixed rate.
 *
 * Against a running suite (./start-suite.sh): bench/event-hop.sh [rate/s] [seconds] [warm-up seconds].
 * Latency = case.opened_at (set by the consumer) - migrant.registered_at (set just before the registry's
 * commit), and pool_person.known_since (the transport consumer's transaction time) - registered_at, all from
 * clocks of this machine; and registered_at to the timestamp of the person's first
 * clearance.requested.v1 record on consular.clearances.v1 (the consular outbox's publication).
 * Not a test: it prints figures and asserts nothing.
 */
public class EventHopBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static String token;

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        String registry = env("BENCH_REGISTRY_URL", "http://localhost:8081");
        String pg = env("BENCH_PG", "localhost:5432");

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        token = token(http);
        System.out.printf("cores %d; %d registrations/s to %s for %d s after %d s of warm-up%n",
                Runtime.getRuntime().availableProcessors(), rate, registry, seconds, warmUp);
        send(http, registry, rate, warmUp);
        Instant measuredFrom = Instant.now();
        List<String> ids = send(http, registry, rate, seconds);
        Thread.sleep(5000);

        Map<String, Instant> registered = times(pg, "registry",
                "select id::text, registered_at from migrant where registered_at >= ?", measuredFrom);
        Map<String, Instant> opened = times(pg, "consular",
                "select migrant_id::text, opened_at from clearance_case where opened_at >= ?", measuredFrom);
        List<Double> millis = new ArrayList<>();
        int missing = 0;
        for (String id : ids) {
            Instant from = registered.get(id);
            Instant to = opened.get(id);
            if (from == null || to == null) {
                missing++;
            } else {
                millis.add(Duration.between(from, to).toNanos() / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("registrations %d, cases %d, missing %d%n", ids.size(), millis.size(), missing);
        System.out.printf("commit -> consular case: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pct(millis, 50), pct(millis, 90), pct(millis, 99), millis.isEmpty() ? 0 : millis.get(millis.size() - 1));

        Map<String, Instant> pooled = times(pg, "transport",
                "select migrant_id::text, known_since from pool_person where known_since >= ?", measuredFrom);
        List<Double> toPool = new ArrayList<>();
        for (String id : ids) {
            if (registered.containsKey(id) && pooled.containsKey(id)) {
                toPool.add(Duration.between(registered.get(id), pooled.get(id)).toNanos() / 1e6);
            }
        }
        Collections.sort(toPool);
        System.out.printf("commit -> transport pool (%d): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                toPool.size(), pct(toPool, 50), pct(toPool, 90), pct(toPool, 99),
                toPool.isEmpty() ? 0 : toPool.get(toPool.size() - 1));

        Map<String, Instant> requested = firstRequests(env("BENCH_KAFKA", "localhost:9092"), registered.keySet());
        List<Double> toRequest = new ArrayList<>();
        for (String id : ids) {
            if (registered.containsKey(id) && requested.containsKey(id)) {
                toRequest.add(Duration.between(registered.get(id), requested.get(id)).toNanos() / 1e6);
            }
        }
        Collections.sort(toRequest);
        System.out.printf("registration commit -> first clearance.requested.v1 on partner.<authority>.requests.v1 (%d): "
                + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", toRequest.size(), pct(toRequest, 50),
                pct(toRequest, 90), pct(toRequest, 99), toRequest.isEmpty() ? 0 : toRequest.get(toRequest.size() - 1));
    }

    /** When the first clearance.requested.v1 of each person was written to the topic (record timestamps). */
    private static Map<String, Instant> firstRequests(String bootstrap, java.util.Set<String> ids) {
        Map<String, Instant> first = new HashMap<>();
        java.util.Properties settings = new java.util.Properties();
        settings.put("bootstrap.servers", bootstrap);
        // the run command's dev administrator (docs/security.md): it may read every authority's requests
        settings.put("security.protocol", "SASL_PLAINTEXT");
        settings.put("sasl.mechanism", "SCRAM-SHA-512");
        settings.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"admin\" password=\"admin-dev-password\";");
        settings.put("group.id", "bench-" + java.util.UUID.randomUUID());
        settings.put("auto.offset.reset", "earliest");
        settings.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        settings.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(settings)) {
            consumer.subscribe(List.of("partner.kz-migration.requests.v1", "partner.uz-border.requests.v1",
                    "partner.tj-embassy-kz.requests.v1", "partner.tj-border.requests.v1"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int idle = 0;
            while (System.nanoTime() < deadline && idle < 5) {
                var records = consumer.poll(Duration.ofMillis(500));
                idle = records.isEmpty() ? idle + 1 : 0;
                for (var record : records) {
                    if (ids.contains(record.key()) && record.value().contains("\"clearance.requested.v1\"")) {
                        first.merge(record.key(), Instant.ofEpochMilli(record.timestamp()),
                                (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
        }
        return first;
    }

    private static List<String> send(HttpClient http, String registry, int rate, int seconds) throws Exception {
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long i = 0; i < (long) rate * seconds; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String body = """
                    {"siteCode":"KZ-ZHIBEK-ZHOLY","nameLatin":{"family":"Bench","given":"Person%d"},
                     "sex":"M","dateOfBirth":"%s","nationality":"TJK",
                     "consent":{"givenAt":"2020-10-12T08:00:00Z","takenBy":"IOM","language":"tg"}}"""
                    .formatted(i, java.time.LocalDate.of(1950, 1, 1).plusDays((i * 7919) % 25_000));
            HttpRequest request = HttpRequest.newBuilder(URI.create(registry + "/api/v1/migrants"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
                Matcher id = ID.matcher(response.body());
                if (response.statusCode() == 201 && id.find()) {
                    ids.add(id.group(1));
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return new ArrayList<>(ids);
    }

    /**
     * An operator's token from the gateway (client credentials: BENCH_CLIENT_ID, BENCH_CLIENT_SECRET, by default
     * the dev partner), valid 15 minutes: enough for one run.
     */
    private static String token(HttpClient http) throws Exception {
        String client = env("BENCH_CLIENT_ID", "operator");
        String secret = env("BENCH_CLIENT_SECRET", client + "-dev-secret");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(env("BENCH_GATEWAY_URL", "http://localhost:8080") + "/auth/token"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (client + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token from the gateway: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private static Map<String, Instant> times(String pg, String database, String query, Instant from) throws Exception {
        Map<String, Instant> times = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + pg + "/" + database, database,
                database); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setObject(1, java.sql.Timestamp.from(from));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    times.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
        }
        return times;
    }

    private static double pct(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
