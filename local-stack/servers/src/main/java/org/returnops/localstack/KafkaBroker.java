package org.returnops.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run as a
 * JVM of its own from the jars Maven resolved for the {@code local-stack-kafka-broker} module.
 *
 * <p>Every client authenticates (SASL SCRAM-SHA-512) and is authorised by the KRaft {@code StandardAuthorizer}
 * against the access lists of {@link KafkaAccess}, which the broker's administrator writes once it is ready,
 * with the principals and the topics (nothing is created automatically).
 *
 * <p>Storage is formatted on first start, with the administrator's credential; the log folder survives restarts. The single-node settings
 * lower the replication factor of Kafka's internal topics to one: without that, consumer groups and
 * transactions wait forever for replicas that do not exist.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "/org/returnops/localstack/kafka-broker.classpath";
    private static final String MAIN_CLASS = "org.returnops.localstack.broker.BrokerMain";

    private final ManagedProcess process;
    private final int port;

    private KafkaBroker(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the broker and waits until it answers a metadata request.
     *
     * @param home    the broker's folder: configuration, KRaft logs, pid file and log file
     * @param marker  put on the command line so a stale broker can be recognised by the next start
     */
    public static KafkaBroker start(Path home, int port, int controllerPort, String marker, Duration timeout) {
        try {
            Path logDirectory = home.resolve("data");
            Files.createDirectories(logDirectory);
            Path properties = home.resolve("server.properties");
            writeServerProperties(properties, logDirectory, port, controllerPort);
            Path log = home.resolve("kafka.log");

            String classpath = brokerClasspath();
            List<String> base = new ArrayList<>(List.of(javaExecutable(), "-Xms64m", "-Xmx512m",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dreturnops.stack=" + marker,
                    "-cp", classpath, MAIN_CLASS));

            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                List<String> format = new ArrayList<>(base);
                format.addAll(List.of("format", properties.toString(), Uuid.randomUuid().toString(),
                        "SCRAM-SHA-512=[name=" + KafkaAccess.ADMIN.name() + ",password="
                                + KafkaAccess.ADMIN.devPassword() + "]"));
                ManagedProcess formatting = ManagedProcess.start("kafka-format", format, Map.of(), home, log);
                waitFor(formatting, timeout);
            }

            List<String> serve = new ArrayList<>(base);
            serve.addAll(List.of("serve", properties.toString()));
            KafkaBroker broker = new KafkaBroker(ManagedProcess.start("kafka", serve, Map.of(), home, log), port);
            broker.awaitReady(timeout);
            return broker;
        } catch (IOException e) {
            throw new StackException("could not prepare the Kafka broker in " + home + ": " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The settings of a client of this broker that authenticates as the principal (SASL SCRAM-SHA-512). */
    public Map<String, Object> clientConfig(KafkaAccess.Principal principal) {
        Map<String, Object> config = new HashMap<>(principal.clientConfig());
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return config;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return process.log();
    }

    /** The broker's process, for tests that crash or freeze it. */
    public ManagedProcess process() {
        return process;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Ports.accepting(port) && System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                break;
            }
            sleep(100);
        }
        Map<String, Object> config = new HashMap<>(clientConfig(KafkaAccess.ADMIN));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new StackException("the Kafka broker exited with code " + process.exitCode().orElse(-1)
                            + " while starting; see " + process.log() + process.logExcerpt());
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        KafkaAccess.provision(admin);
                        return;
                    }
                } catch (Exception notYet) {
                    sleep(200);
                }
            }
        }
        process.stop(Duration.ofSeconds(10));
        throw new StackException("the Kafka broker did not become ready within " + timeout.toSeconds()
                + " s; see " + process.log() + process.logExcerpt());
    }

    private static void waitFor(ManagedProcess formatting, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (formatting.isAlive() && System.nanoTime() < deadline) {
            sleep(100);
        }
        int code = formatting.exitCode().orElseThrow(() -> new StackException(
                "formatting the Kafka storage did not finish within " + timeout.toSeconds() + " s"));
        if (code != 0) {
            throw new StackException("formatting the Kafka storage failed with code " + code + "; see "
                    + formatting.log() + formatting.logExcerpt());
        }
        formatting.stop(Duration.ZERO);
    }

    private static void writeServerProperties(Path file, Path logDirectory, int port, int controllerPort)
            throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.setProperty("listeners", "SASL_PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "SASL_PLAINTEXT://localhost:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "SASL_PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        // clients and the broker itself: SCRAM-SHA-512; the administrator's credential is written at format time
        p.setProperty("sasl.enabled.mechanisms", "SCRAM-SHA-512");
        p.setProperty("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512");
        p.setProperty("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", KafkaAccess.ADMIN.jaasConfig());
        // the controller cannot use SCRAM (its credentials live in the metadata it serves): PLAIN, one user
        p.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
        p.setProperty("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.setProperty("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + KafkaAccess.CONTROLLER.name()
                        + "\" password=\"" + KafkaAccess.CONTROLLER.devPassword() + "\" user_" + KafkaAccess.CONTROLLER.name()
                        + "=\"" + KafkaAccess.CONTROLLER.devPassword() + "\";");
        p.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.setProperty("super.users", "User:" + KafkaAccess.ADMIN.name() + ";User:" + KafkaAccess.CONTROLLER.name());
        p.setProperty("allow.everyone.if.no.acl.found", "false");
        p.setProperty("log.dirs", logDirectory.toAbsolutePath().toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "false");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "written by the local stack on every start; edit KafkaBroker instead");
        }
    }

    /** The broker's class path: the jars Maven resolved for it, then the jar that holds the list. */
    static String brokerClasspath() {
        URL resource = KafkaBroker.class.getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new StackException("the Kafka broker's class path is missing from the class path: build the"
                    + " local-stack modules first (./mvnw install -pl local-stack/servers -am)");
        }
        try (InputStream in = resource.openStream()) {
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return dependencies + java.io.File.pathSeparator + containerOf(resource);
        } catch (IOException | URISyntaxException e) {
            throw new StackException("cannot read the Kafka broker's class path: " + e.getMessage(), e);
        }
    }

    private static String containerOf(URL resource) throws URISyntaxException {
        String url = resource.toString();
        if (url.startsWith("jar:")) {
            return Path.of(new java.net.URI(url.substring(4, url.indexOf("!/")))).toString();
        }
        Path file = Path.of(resource.toURI());
        int depth = CLASSPATH_RESOURCE.split("/").length - 1;
        for (int i = 0; i < depth; i++) {
            file = file.getParent();
        }
        return file.toString();
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting", e);
        }
    }
}
