package org.returnops.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench's one HTTP client: an operator's token from the gateway (client credentials), and JSON POSTs sent
 * asynchronously with it, over HTTP/1.1 keep-alive connections as a partner's client would hold them.
 */
final class SuiteClient {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([0-9a-f-]+)\"?");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    private SuiteClient(String token) {
        this.token = token;
    }

    /** A client with the partner's token (valid 15 minutes by default: a run takes less). */
    static SuiteClient withToken(BenchSettings settings) {
        SuiteClient anonymous = new SuiteClient(null);
        String credentials = Base64.getEncoder().encodeToString(
                (settings.clientId() + ":" + settings.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = anonymous.exchange(HttpRequest.newBuilder(
                        URI.create(settings.gateway() + "/auth/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("no token from the gateway at " + settings.gateway() + ": "
                    + response.statusCode() + " " + response.body());
        }
        return new SuiteClient(matcher.group(1));
    }

    static SuiteClient anonymous() {
        return new SuiteClient(null);
    }

    /** The answer to one POST: its status, the {@code id} of what it created (if any) and the body. */
    record Answer(int status, String id, String body) {
    }

    CompletableFuture<Answer> post(String url, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            Matcher id = ID.matcher(response.body());
            return new Answer(response.statusCode(), id.find() ? id.group(1) : null, response.body());
        });
    }

    /** One GET with the token, waited for: a read as a partner's screen would make it. */
    Answer get(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = exchange(request.build());
        return new Answer(response.statusCode(), null, response.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.uri() + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
