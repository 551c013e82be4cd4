package org.returnops.scenario;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.returnops.localstack.ServiceInstance;
import org.returnops.localstack.ServiceSpec;
import org.returnops.localstack.Suite;
import org.returnops.localstack.Supervisor;
import org.returnops.testkit.PackagedSuite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Breaks the running suite on purpose while partners register people through the gateway, with two instances
 * of every domain service behind it ({@code SUITE_REPLICAS=2}): the Kafka broker killed (SIGKILL) three times
 * and frozen for 20 seconds, a consular instance killed mid-stream and started again, PostgreSQL restarted
 * under load, and one instance of each service killed under the run command's supervisor, which must start
 * each again by itself. What must hold: registration stays available while Kafka or an instance is away;
 * every accepted registration ends as exactly one clearance case with its four clearances and one entry in
 * transport's pool; the outboxes drain within 30 seconds of recovery; while the database is away the
 * answer is a clear 503 problem, nothing half-written, and everything works again after.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// longer than the default time-out: a thousand registrations through three broker kills and a freeze
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class FaultCampaignIT {

    private static final Path DATA = Path.of("target", "fault-campaign").toAbsolutePath();
    private static final int REGISTRATIONS = 1000;
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000);

    private static Suite suite;
    private static SuiteDatabases databases;
    private static GatewayClient gateway;

    @BeforeAll
    static void startTheSuite() {
        suite = PackagedSuite.in(DATA, 2).start();
        databases = new SuiteDatabases(suite);
        gateway = new GatewayClient(URI.create(suite.url(ServiceSpec.GATEWAY)), partner -> partner + "-dev-secret");
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    /** The number in letters (base 26, a to z): a name holds no digits. */
    private static String letters(int number) {
        return Integer.toString(number, 26).chars()
                .mapToObj(digit -> String.valueOf((char) ('a' + Character.digit(digit, 26))))
                .collect(Collectors.joining());
    }

    private static Map<String, Object> person(int number) {
        return Map.of("siteCode", "KZ-ZHIBEK-ZHOLY",
                "nameLatin", Map.of("family", "Faultov", "given", "Test" + letters(number)),
                "sex", number % 2 == 0 ? "M" : "F",
                "dateOfBirth", LocalDate.of(1960, 1, 1).plusDays(number * 7L % 15_000).toString(),
                "nationality", "TJK",
                "documents", List.of(Map.of("type", "PASSPORT", "number", "FC" + RUN + String.format("%05d", number),
                        "issuingState", "TJK", "expiresOn", LocalDate.now().plusYears(2).toString())),
                "consent", Map.of("givenAt", Instant.now().minusSeconds(600).toString(), "takenBy", "IOM",
                        "language", "tg"));
    }

    @Test
    @Order(1)
    void everyAcceptedRegistrationBecomesOneCaseAndOnePoolEntryThroughBrokerCrashesAPauseAndAConsumerCrash()
            throws Exception {
        Set<UUID> accepted = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> refused = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<?>> calls = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REGISTRATIONS; i++) {
            int number = i;
            long due = start + TimeUnit.MILLISECONDS.toNanos(40L * i);
            calls.add(callers.submit(() -> {
                sleepUntil(due);
                GatewayClient.Reply reply = gateway.post(ZhibekZholyScenario.OPERATOR, "/api/v1/migrants", person(number));
                if (reply.status() == 201) {
                    accepted.add(UUID.fromString(reply.body().get("id").asText()));
                } else {
                    refused.merge(reply.status(), 1, Integer::sum);
                }
                answered.incrementAndGet();
            }));
        }
        // the campaign, one step after the other while the registrations go on (25 per second for 40 seconds);
        // a broker restart waits until it is ready, so later steps never overtake earlier ones
        java.util.concurrent.CompletableFuture<Void> campaign = java.util.concurrent.CompletableFuture.runAsync(() -> {
            pause(3);
            suite.stack().killKafka();
            pause(2);
            suite.stack().startKafka();
            pause(2);
            suite.kill(ServiceSpec.CONSULAR);
            suite.stack().killKafka();
            pause(2);
            suite.stack().startKafka();
            suite.restart(ServiceSpec.CONSULAR);
            suite.stack().pauseKafka();
            pause(20);
            suite.stack().resumeKafka();
            pause(2);
            suite.stack().killKafka();
            pause(2);
            suite.stack().startKafka();
        });
        for (Future<?> call : calls) {
            call.get(5, TimeUnit.MINUTES);
        }
        callers.shutdown();
        campaign.get(5, TimeUnit.MINUTES);
        Instant recovered = Instant.now();

        assertThat(refused).as("registrations refused while Kafka was away").isEmpty();
        assertThat(accepted).hasSize(REGISTRATIONS);

        Duration drained = databases.awaitZero("registry", "select count(*) from outbox_event",
                Duration.ofSeconds(30));
        System.out.printf("registry outbox drained %d ms after the last recovery%n", drained.toMillis());
        databases.awaitCount("consular", "select count(*) from clearance_case where migrant_id = any(?)", accepted,
                REGISTRATIONS, Duration.ofSeconds(120));
        databases.awaitCount("transport", "select count(*) from pool_person where migrant_id = any(?)", accepted,
                REGISTRATIONS, Duration.ofSeconds(120));
        databases.awaitZero("consular", "select count(*) from outbox_event", Duration.ofSeconds(30));
        assertThat(databases.count("consular", "select count(*) from clearance where migrant_id = any(?)", accepted))
                .as("four clearances per case, none requested twice").isEqualTo(4L * REGISTRATIONS);
        assertThat(Duration.between(recovered, Instant.now())).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    @Order(2)
    void aPostgresRestartUnderLoadGivesClearErrorsThenEverythingWorksAgainAndNothingIsHalfWritten() throws Exception {
        Map<String, UUID> stored = new ConcurrentHashMap<>();
        Map<String, Integer> notStored = new ConcurrentHashMap<>();
        List<String> unclear = java.util.Collections.synchronizedList(new ArrayList<>());
        List<long[]> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService callers = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(25);
        AtomicInteger next = new AtomicInteger(REGISTRATIONS);
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            loops.add(callers.submit(() -> {
                while (System.nanoTime() < end) {
                    int number = next.getAndIncrement();
                    Map<String, Object> body = person(number);
                    String document = ((Map<?, ?>) ((List<?>) body.get("documents")).get(0)).get("number").toString();
                    long sent = System.nanoTime();
                    GatewayClient.Reply reply = gateway.post(ZhibekZholyScenario.OPERATOR, "/api/v1/migrants", body);
                    calls.add(new long[] {sent, System.nanoTime()});
                    if (reply.status() == 201) {
                        stored.put(document, UUID.fromString(reply.body().get("id").asText()));
                    } else if (reply.status() == 503 && reply.raw().headers().firstValue("Content-Type")
                            .orElse("").startsWith("application/problem+json")) {
                        notStored.put(document, reply.status());
                    } else {
                        unclear.add(reply.status() + " " + reply.raw().body());
                    }
                    sleepUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50));
                }
            }));
        }
        long[] outage = new long[2];
        java.util.concurrent.CompletableFuture<Void> restart = java.util.concurrent.CompletableFuture.runAsync(() -> {
            pause(5);
            outage[0] = System.nanoTime();
            suite.stack().restartPostgres();
            outage[1] = System.nanoTime();
        });
        for (Future<?> loop : loops) {
            loop.get(2, TimeUnit.MINUTES);
        }
        callers.shutdown();
        restart.get(2, TimeUnit.MINUTES);

        assertThat(unclear).as("answers other than 201 or a 503 problem").isEmpty();
        // the restart met requests: some were sent before PostgreSQL was back and answered after it went down (each
        // answered 201, its connection waited for or replaced, or 503 with nothing stored)
        long during = calls.stream().filter(call -> call[0] < outage[1] && call[1] > outage[0]).count();
        System.out.printf("PostgreSQL restarted under load (%d ms): %d registrations accepted, %d refused with a 503"
                + " problem, %d in flight during the restart%n", TimeUnit.NANOSECONDS.toMillis(outage[1] - outage[0]),
                stored.size(), notStored.size(), during);
        assertThat(during).as("requests in flight during the restart").isPositive();
        GatewayClient.Reply after = gateway.post(ZhibekZholyScenario.OPERATOR, "/api/v1/migrants", person(next.getAndIncrement()));
        assertThat(after.status()).isEqualTo(201);
        for (String document : notStored.keySet()) {
            assertThat(databases.count("registry", "select count(*) from identity_document where number = ?", document))
                    .as("refused registration " + document + " left nothing behind").isZero();
        }
        Set<UUID> accepted = Set.copyOf(stored.values());
        assertThat(databases.count("registry", "select count(*) from migrant where id = any(?)", accepted))
                .isEqualTo(accepted.size());
        databases.awaitCount("consular", "select count(*) from clearance_case where migrant_id = any(?)", accepted,
                accepted.size(), Duration.ofSeconds(120));
    }

    @Test
    @Order(3)
    void withTwoInstancesOfEachServiceOneOfEachKilledAndStartedAgainByTheRunCommandLosesNoRegistration()
            throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Set<UUID> accepted = ConcurrentHashMap.newKeySet();
        List<String> unclear = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger lost = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        List<ServiceInstance> killed = ServiceSpec.DOMAIN_SERVICES.stream().map(ServiceInstance::first).toList();
        assertThat(suite.instances()).as("two instances of each service, one gateway").hasSize(7);
        try (Supervisor ignored = suite.supervise(new PrintStream(progress, true, StandardCharsets.UTF_8))) {
            ExecutorService callers = Executors.newFixedThreadPool(4);
            java.util.concurrent.atomic.AtomicBoolean registering = new java.util.concurrent.atomic.AtomicBoolean(true);
            AtomicInteger next = new AtomicInteger(90_000);
            List<Future<?>> loops = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                loops.add(callers.submit(() -> {
                    while (registering.get()) {
                        GatewayClient.Reply reply;
                        try {
                            reply = gateway.post(ZhibekZholyScenario.OPERATOR, "/api/v1/migrants",
                                    person(next.getAndIncrement()));
                        } catch (java.io.UncheckedIOException noAnswer) {
                            // no answer within 30 s: like a 503, it may or may not have been stored
                            unanswered.incrementAndGet();
                            continue;
                        }
                        if (reply.status() == 201) {
                            accepted.add(UUID.fromString(reply.body().get("id").asText()));
                        } else if (reply.status() == 503 && reply.raw().headers().firstValue("Content-Type")
                                .orElse("").startsWith("application/problem+json")) {
                            lost.incrementAndGet();
                        } else {
                            unclear.add(reply.status() + " " + reply.raw().body());
                        }
                        sleepUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100));
                    }
                }));
            }
            pause(2);
            killed.forEach(suite::kill);
            await("the killed instances down").atMost(Duration.ofSeconds(10))
                    .until(() -> killed.stream().noneMatch(FaultCampaignIT::ready));
            await("every killed instance ready again under the supervisor").atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(killed.stream()
                            .filter(instance -> !ready(instance)).map(ServiceInstance::name).toList())
                            .as("not ready yet; the supervisor said:%n%s", progress.toString(StandardCharsets.UTF_8))
                            .isEmpty());
            pause(2);
            registering.set(false);
            for (Future<?> loop : loops) {
                loop.get(1, TimeUnit.MINUTES);
            }
            callers.shutdown();
            System.out.printf("%d registrations accepted while one instance of each service was killed and started"
                    + " again; %d in flight on a killed instance answered 503, %d not answered within 30 s%n",
                    accepted.size(), lost.get(), unanswered.get());

            assertThat(unclear).as("answers other than 201 or a 503 problem").isEmpty();
            assertThat(unanswered.get()).as("callers left without an answer (a request in flight on a killed instance "
                    + "is a 503 at once, over HTTP/2 too)").isZero();
            assertThat(lost.get())
                    .as("only requests in flight on the killed registry instance (one per caller at most) are lost")
                    .isLessThanOrEqualTo(4);
            databases.awaitCount("consular", "select count(*) from clearance_case where migrant_id = any(?)", accepted,
                    accepted.size(), Duration.ofSeconds(120));
            databases.awaitCount("transport", "select count(*) from pool_person where migrant_id = any(?)", accepted,
                    accepted.size(), Duration.ofSeconds(120));
            for (String database : List.of("registry", "consular", "transport")) {
                databases.awaitZero(database, "select count(*) from outbox_event", Duration.ofSeconds(30));
            }
            assertThat(databases.count("consular", "select count(*) from clearance where migrant_id = any(?)",
                    accepted))
                    .as("four clearances per case, none requested twice").isEqualTo(4L * accepted.size());
            await("the supervisor's progress lines").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                String lines = progress.toString(StandardCharsets.UTF_8);
                for (ServiceInstance instance : killed) {
                    assertThat(lines).contains(instance.name() + " exited with code 137; starting it again in")
                            .contains(instance.name() + " started again, ready in");
                }
            });
        }
    }

    // ---------------------------------------------------------------- helpers

    private static boolean ready(ServiceInstance instance) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()
                    .send(HttpRequest.newBuilder(URI.create(suite.url(instance) + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause(int seconds) {
        sleepUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
