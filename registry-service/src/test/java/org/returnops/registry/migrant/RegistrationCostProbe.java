package org.returnops.registry.migrant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.returnops.testkit.TestTokens;
import org.returnops.platform.security.Roles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: a load probe of the registration path, run on demand
 * ({@code -Dprobe.registrations=2000}). Prints registrations per second with 8 in flight and what
 * Hibernate's statistics count per registration.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "probe.registrations", matches = "\\d+")
class RegistrationCostProbe {

    private static final String[] FAMILIES = {"Rakhimov", "Karimov", "Saidov", "Nazarov", "Sharipov", "Davlatov"};
    private static final String[] GIVEN = {"Farrukh", "Jamshed", "Firuz", "Umed", "Bakhtiyor", "Dilshod"};

    @Inject SessionFactory sessionFactory;

    private final AtomicInteger sequence = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    @Test
    void registrations() throws Exception {
        int count = Integer.getInteger("probe.registrations");
        HttpClient client = HttpClient.newHttpClient();
        String token = TestTokens.forRole(Roles.OPERATOR);
        run(client, token, count / 2);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        long start = System.nanoTime();
        run(client, token, count);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("PROBE %d registrations, 8 in flight: %.0f /s; per registration: %.2f statements prepared, "
                        + "%.2f entity inserts, %.2f queries, %.2f flushes, %.2f transactions%n",
                count, count / seconds, statistics.getPrepareStatementCount() / (double) count,
                statistics.getEntityInsertCount() / (double) count,
                statistics.getQueryExecutionCount() / (double) count, statistics.getFlushCount() / (double) count,
                statistics.getTransactionCount() / (double) count);
    }

    private void run(HttpClient client, String token, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(pool.submit(() -> register(client, token)));
        }
        for (Future<Integer> answer : answers) {
            if (answer.get() != 201) {
                throw new AssertionError("registration answered " + answer.get());
            }
        }
        pool.shutdown();
    }

    private int register(HttpClient client, String token) throws Exception {
        int n = sequence.incrementAndGet();
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n % 15_000);
        String body = """
                {"siteCode":"KZ-ZHIBEK-ZHOLY","nameLatin":{"family":"%s","given":"%s"},
                 "nameCyrillic":{"family":"Рахимов","given":"Фаррух"},"sex":"M","dateOfBirth":"%s","nationality":"TJK",
                 "phone":"+992935551234","destinationRegion":"Sughd",
                 "documents":[{"type":"PASSPORT","number":"P%08d","issuingState":"TJK","expiresOn":"2030-01-01"}],
                 "vulnerabilities":["DISABILITY"],"seatNeeds":["WHEELCHAIR"],
                 "consent":{"givenAt":"2020-10-12T07:25:00Z","takenBy":"IOM caseworker","language":"tg"}}"""
                .formatted(FAMILIES[n % FAMILIES.length], GIVEN[(n / 7) % GIVEN.length], born, n);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/migrants"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
