package org.returnops.gateway.proxy;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Two real HTTP servers standing in for two instances of the registry service: each answers every request
 * with its own name, so a test sees which instance the gateway chose; {@link #stop(int)} takes one away.
 */
public class TwoInstances implements QuarkusTestResourceLifecycleManager {

    static final List<String> NAMES = List.of("first", "second");
    private static final HttpServer[] SERVERS = new HttpServer[2];

    @Override
    public Map<String, String> start() {
        for (int i = 0; i < SERVERS.length; i++) {
            SERVERS[i] = server(NAMES.get(i));
        }
        return Map.of("gateway.services.registry.url", java.util.Arrays.stream(SERVERS)
                .map(server -> "http://localhost:" + server.getAddress().getPort())
                .collect(Collectors.joining(",")));
    }

    /** Stops one instance: its port refuses connections from now on. */
    static void stop(int index) {
        SERVERS[index].stop(0);
    }

    static String url(int index) {
        return "http://localhost:" + SERVERS[index].getAddress().getPort();
    }

    @Override
    public void stop() {
        for (HttpServer server : SERVERS) {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    private static HttpServer server(String name) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            boolean health = exchange.getRequestURI().getPath().startsWith("/q/health");
            byte[] bytes = (health ? "{\"status\":\"UP\"}" : "{\"instance\":\"" + name + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return server;
    }
}
