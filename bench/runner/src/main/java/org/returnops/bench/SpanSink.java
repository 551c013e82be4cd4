package org.returnops.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the services send their spans when the bench measures tracing on: it accepts OTLP/HTTP exports
 * ({@code /v1/traces}), reads and discards them, and counts them. A real collector's own work is not counted;
 * what exporting costs the services is.
 */
final class SpanSink implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong exports = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    private SpanSink(HttpServer server) {
        this.server = server;
    }

    static SpanSink start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        SpanSink sink = new SpanSink(server);
        server.createContext("/v1/traces", sink::export);
        server.start();
        return sink;
    }

    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    long exports() {
        return exports.get();
    }

    long bytes() {
        return bytes.get();
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            bytes.addAndGet(body.transferTo(java.io.OutputStream.nullOutputStream()));
            exports.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
