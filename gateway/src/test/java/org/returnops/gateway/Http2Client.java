package org.returnops.gateway;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls as Java's own HTTP client makes them by default, the way many partner systems will: HTTP/2 over cleartext,
 * reached by upgrading the first request of a connection from HTTP/1.1 (h2c). Each call gives up after ten
 * seconds, so a gateway that never answers fails the test instead of hanging it.
 */
public final class Http2Client {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    private final URI base;
    private final String[] headers;

    private Http2Client(URI base, String... headers) {
        this.base = base;
        this.headers = headers.clone();
    }

    /**
     * Calls to the gateway under test ({@code test.url}, which Quarkus sets for a {@code @QuarkusTest}).
     *
     * @param headers names and values sent with every call, such as {@code "Authorization", "Bearer ..."}
     */
    public static Http2Client toGateway(String... headers) {
        return new Http2Client(URI.create(ConfigProvider.getConfig().getValue("test.url", String.class) + "/"), headers);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
