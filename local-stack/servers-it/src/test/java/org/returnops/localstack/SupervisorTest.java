package org.returnops.localstack;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The run command's supervision on real processes: a service killed with SIGKILL is started again and
 * answers its readiness check within 30 s, the output says so, and after {@link Supervisor#close()}
 * nothing is started again.
 */
class SupervisorTest {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void aServiceKilledWithSigkillIsHealthyAgainWithin30Seconds() {
        Services services = new Services(folder, Ports.free());
        services.relaunch("consular-service");
        services.awaitReady("consular-service");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (Supervisor supervisor = Supervisor.start(services, new PrintStream(output, true, StandardCharsets.UTF_8))) {
            ManagedProcess first = services.process("consular-service");
            first.kill();

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> services.process("consular-service") != first && healthy(services.port));
            await().atMost(Duration.ofSeconds(5)).until(() -> output.toString(StandardCharsets.UTF_8)
                    .contains("consular-service started again"));
            assertThat(output.toString(StandardCharsets.UTF_8))
                    .contains("consular-service exited with code 137; starting it again in 1 s");
        } finally {
            ManagedProcess last = services.process("consular-service");
            last.kill();
        }
    }

    @Test
    void afterCloseAnExitedServiceStaysDown() throws InterruptedException {
        Services services = new Services(folder, Ports.free());
        services.relaunch("transport-service");
        services.awaitReady("transport-service");
        Supervisor supervisor = Supervisor.start(services, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        supervisor.close();
        ManagedProcess only = services.process("transport-service");
        only.kill();
        Duration threeBackoffs = Supervisor.FIRST_BACKOFF.multipliedBy(3);
        await("no restart after close").during(threeBackoffs).atMost(threeBackoffs.plusSeconds(2))
                .untilAsserted(() -> {
                    assertThat(services.process("transport-service")).isSameAs(only);
                    assertThat(services.launches).isEqualTo(1);
                });
    }

    private boolean healthy(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One service as its own JVM answering /q/health/ready on a fixed port, started again as it was first. */
    private final class Services implements Supervisor.Target {
        private final Path folder;
        private final int port;
        private final Map<String, ManagedProcess> processes = new ConcurrentHashMap<>();
        private volatile int launches;

        Services(Path folder, int port) {
            this.folder = folder;
            this.port = port;
        }

        @Override
        public List<String> names() {
            return List.copyOf(processes.keySet());
        }

        @Override
        public ManagedProcess process(String name) {
            return processes.get(name);
        }

        @Override
        public void relaunch(String name) {
            launches++;
            processes.put(name, ManagedProcess.start(name, List.of(KafkaBroker.javaExecutable(), "-cp",
                    System.getProperty("java.class.path"), HealthServer.class.getName(), Integer.toString(port)),
                    Map.of(), folder.resolve("pids"), folder.resolve(name + ".log")));
        }

        @Override
        public void awaitReady(String name) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                if (!processes.get(name).isAlive()) {
                    throw new StackException(name + " exited while starting");
                }
                if (healthy(port)) {
                    return;
                }
                KafkaBroker.sleep(100);
            }
            throw new StackException(name + " was not ready");
        }
    }

    /** The process under test: answers 200 at /q/health/ready until killed. */
    public static final class HealthServer {
        public static void main(String[] args) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", Integer.parseInt(args[0])), 0);
            server.createContext("/q/health/ready", exchange -> {
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }
    }
}
