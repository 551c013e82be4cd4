package org.returnops.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Calls the suite through its gateway only, as a partner would: a token per partner from
 * {@code POST /auth/token} (client credentials), kept until shortly before it expires, and a 429 answered
 * by waiting as long as its {@code Retry-After} says.
 */
public final class GatewayClient {

    /** The JSON the scenario reads and writes (ISO-8601 times). */
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final int MAX_RATE_LIMITED = 30;

    private final URI gateway;
    private final Function<String, String> secrets;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /**
     * @param secrets the secret of a partner's client id (the dev partners' is {@code <client id>-dev-secret})
     */
    public GatewayClient(URI gateway, Function<String, String> secrets) {
        this.gateway = gateway;
        this.secrets = secrets;
    }

    /** An answer: status and body (JSON, or null when there is none). */
    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body of a 2xx; anything else fails the step with what the suite said. */
        public JsonNode expectOk(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " failed: " + status + " " + raw.body());
            }
            return body;
        }
    }

    public Reply get(String partner, String path) {
        return send(partner, HttpRequest.newBuilder(gateway.resolve(path)).GET());
    }

    public Reply post(String partner, String path, Object body) {
        try {
            return send(partner, HttpRequest.newBuilder(gateway.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply send(String partner, HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token(partner));
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange(request.build());
            if (response.statusCode() == 429 && attempt < MAX_RATE_LIMITED) {
                long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                pause(Duration.ofSeconds(Math.max(1, seconds)));
                continue;
            }
            return new Reply(response.statusCode(), parse(response.body()), response);
        }
    }

    /** The partner's current access token (fetched, or kept from before while it is fresh). */
    public String token(String partner) {
        Token token = tokens.get(partner);
        if (token != null && Instant.now().isBefore(token.renewAfter())) {
            return token.value();
        }
        String credentials = Base64.getEncoder().encodeToString((partner + ":" + secrets.apply(partner))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(gateway.resolve("/auth/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type="
                        + URLEncoder.encode("client_credentials", StandardCharsets.UTF_8)))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for partner " + partner + ": " + response.statusCode() + " "
                    + response.body());
        }
        JsonNode body = parse(response.body());
        Token fresh = new Token(body.path("access_token").asText(),
                Instant.now().plusSeconds(Math.max(10, body.path("expires_in").asLong(60) - 60)));
        tokens.put(partner, fresh);
        return fresh.value();
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway at " + gateway + " did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** Asks the probe again every 250 ms until it answers (not null), for at most {@code settle}. */
    static <T> T awaitValue(java.util.function.Supplier<T> probe, String what, Duration settle) {
        long deadline = System.nanoTime() + settle.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException("waited " + settle.toSeconds() + " s for " + what);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Token(String value, Instant renewAfter) {
    }
}
