package org.returnops.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.gateway.auth.PartnerTokens;
import org.returnops.gateway.proxy.Backends;
import org.returnops.gateway.proxy.GatewayConfig;
import org.returnops.gateway.proxy.Instances;
import org.returnops.gateway.web.session.WebSession;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the services for a page, as the logged-in person: with a token the gateway signs for the session's
 * organisation and roles (the same token a partner gets), so every service applies its own rules to a page
 * exactly as to a partner. The page's language goes along as Accept-Language.
 */
@ApplicationScoped
public class ServiceClient {

    @Inject GatewayConfig config;
    @Inject Backends backends;
    @Inject PartnerTokens tokens;
    @Inject ObjectMapper json;
    private final Map<String, Signed> signedTokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    /** A service's answer: status, body as JSON (missing when not JSON), the raw body and the headers. */
    public record Reply(int status, JsonNode body, String text, Map<String, java.util.List<String>> headers) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    public Reply get(WebSession session, Locale locale, String path) {
        return send(session, locale, path, HttpRequest.newBuilder().GET(), "application/json");
    }

    public Reply getText(WebSession session, Locale locale, String path, String accept) {
        return send(session, locale, path, HttpRequest.newBuilder().GET(), accept);
    }

    public Reply post(WebSession session, Locale locale, String path, Object body) {
        try {
            return send(session, locale, path, HttpRequest.newBuilder()
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), "application/json");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
    }

    /** To the service's instance in turn; one that refuses the connection is skipped for the next (nothing was sent). */
    private Reply send(WebSession session, Locale locale, String path, HttpRequest.Builder request, String accept) {
        Instances instances = backends.of(owner(path));
        String token = token(session);
        request.timeout(config.timeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", accept)
                .header("Accept-Language", locale.toLanguageTag());
        for (URI instance : instances.inTurn()) {
            try {
                HttpResponse<String> response = http.send(request.uri(URI.create(instance + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                instances.answered(instance);
                return new Reply(response.statusCode(), parse(response), response.body(), response.headers().map());
            } catch (ConnectException refused) {
                instances.failed(instance);
            } catch (IOException e) {
                instances.failed(instance);
                throw new ServiceUnavailable(instances.service());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceUnavailable(instances.service());
            }
        }
        throw new ServiceUnavailable(instances.service());
    }

    /** The session's token, signed once and reused until a third of its lifetime is left. */
    private String token(WebSession session) {
        Instant now = Instant.now();
        Signed signed = signedTokens.compute(session.id(), (id, old) -> old != null && old.renewAt().isAfter(now) ? old
                : sign(session, now));
        signedTokens.entrySet().removeIf(e -> e.getValue().expiresAt().isBefore(now));
        return signed.token();
    }

    private Signed sign(WebSession session, Instant now) {
        PartnerTokens.Issued issued = tokens.issue(session.user(), session.organisation(), session.roles());
        return new Signed(issued.token(), now.plusSeconds(issued.expiresIn() * 2 / 3), now.plusSeconds(issued.expiresIn()));
    }

    private record Signed(String token, Instant renewAt, Instant expiresAt) {
    }

    private JsonNode parse(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.contains("json") || response.body().isEmpty()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private String owner(String path) {
        return config.services().entrySet().stream()
                .filter(e -> e.getValue().paths().stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/")
                        || path.startsWith(p + "?")))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new IllegalArgumentException("no service owns " + path));
    }

    /** A service did not answer; the page says so instead of failing. */
    public static class ServiceUnavailable extends RuntimeException {

        public ServiceUnavailable(String service) {
            super(service, null, false, false);
        }

        public String service() {
            return getMessage();
        }
    }
}
