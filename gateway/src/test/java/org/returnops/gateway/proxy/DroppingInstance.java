package org.returnops.gateway.proxy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;

/**
 * A transport instance that dies with a request in hand: it takes the connection, reads what the gateway sends and
 * then resets the connection without answering, as a process killed mid-request does.
 */
public class DroppingInstance implements QuarkusTestResourceLifecycleManager {

    private ServerSocket server;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::accept);
        return Map.of("gateway.services.transport.url", "http://localhost:" + server.getLocalPort());
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                daemon(() -> drop(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void drop(Socket connection) {
        try (connection) {
            connection.getInputStream().read(new byte[16_384]);
            connection.setSoLinger(true, 0);
        } catch (IOException alreadyGone) {
            // nothing left to drop
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "dropping-instance");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException alreadyClosed) {
            // stopped
        }
    }
}
