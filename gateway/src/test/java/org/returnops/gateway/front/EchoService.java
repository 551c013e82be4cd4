package org.returnops.gateway.front;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A stand-in for one service (the registry unless the init argument {@link #SERVICE} names another): answers every request with the headers it received and the
 * size of the body it read, as JSON, so a test sees what the gateway forwards; and one path that answers
 * only when {@link #TOGETHER} requests are in at once, so a test sees how many the gateway passes on together.
 */
public class EchoService implements QuarkusTestResourceLifecycleManager {

    /** How many requests {@link #TOGETHER_PATH} waits for before it answers any of them. */
    public static final int TOGETHER = 20;
    /** Answers only once {@link #TOGETHER} requests are in at once; routed to the consular service. */
    public static final String TOGETHER_PATH = "/api/v1/authorities/together";

    /** The init argument naming the service stood in for ({@code registry}, {@code consular}, {@code transport}). */
    public static final String SERVICE = "service";

    private HttpServer server;
    private String service = "registry";

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault(SERVICE, service);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // answers only once this many requests are in at the same time, or 503 after ten seconds
        CountDownLatch together = new CountDownLatch(TOGETHER);
        server.createContext(TOGETHER_PATH, exchange -> {
            together.countDown();
            boolean all;
            try {
                all = together.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                all = false;
            }
            exchange.sendResponseHeaders(all ? 200 : 503, -1);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            long size;
            try (InputStream body = exchange.getRequestBody()) {
                size = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            String json = "{\"bodySize\":" + size + ",\"headers\":{" + headers.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(",")) + "}}";
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Request-Id", "the-service-echo");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return Map.of("gateway.services." + service + ".url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
