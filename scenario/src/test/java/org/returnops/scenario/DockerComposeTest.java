package org.returnops.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no container engine); this checks what can be checked without
 * one, so that the file stays correct as the services change.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final List<String> SUITE = List.of("registry-service", "consular-service", "transport-service",
            "gateway");

    private static JsonNode compose;

    @BeforeAll
    static void parse() throws IOException {
        compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    @Test
    void everyServiceHasAnImageOrABuildWithADockerfileThatExists() {
        compose.get("services").properties().forEach(entry -> {
            JsonNode service = entry.getValue();
            assertThat(service.has("image") || service.has("build")).as(entry.getKey()).isTrue();
            if (service.has("build")) {
                Path context = ROOT.resolve(service.get("build").get("context").asText()).normalize();
                assertThat(context.resolve(service.get("build").get("dockerfile").asText()))
                        .as(entry.getKey()).isRegularFile();
            }
        });
        assertThat(compose.get("services").get("postgres").get("image").asText()).startsWith("postgres:");
        assertThat(compose.get("services").get("kafka").get("image").asText()).startsWith("apache/kafka:");
        SUITE.forEach(name -> assertThat(compose.get("services").has(name)).as(name).isTrue());
    }

    @Test
    void publishedPortsAreUniqueAndMatchTheDesign() {
        Set<String> hostPorts = new HashSet<>();
        compose.get("services").properties().forEach(entry -> {
            JsonNode ports = entry.getValue().get("ports");
            if (ports != null) {
                ports.forEach(port -> assertThat(hostPorts.add(port.asText().split(":")[0]))
                        .as("host port of " + entry.getKey() + " is unique").isTrue());
            }
        });
        assertThat(hostPorts).contains("8080", "8081", "8082", "8083", "5432");
    }

    @Test
    void everyServiceIsHealthCheckedAndStartsAfterWhatItNeedsIsHealthyOrDone() {
        compose.get("services").properties().forEach(entry -> assertThat(entry.getValue().has("healthcheck")
                || isOneShot(entry.getKey())).as(entry.getKey() + " has a healthcheck or runs once").isTrue());
        SUITE.forEach(name -> compose.get("services").get(name).get("depends_on").properties().forEach(dependency ->
                assertThat(dependency.getValue().get("condition").asText())
                        .as(name + " waits for " + dependency.getKey())
                        .isEqualTo(isOneShot(dependency.getKey()) ? "service_completed_successfully" : "service_healthy")));
    }

    @Test
    void kafkaAuthenticatesEveryClientAuthorisesEveryTopicAndOffersPartnersTls() throws IOException {
        Properties broker = properties(ROOT.resolve("deploy/kafka/server.properties"));
        JsonNode kafka = compose.get("services").get("kafka");

        assertThat(broker.getProperty("listener.security.protocol.map"))
                .isEqualTo("INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,PARTNERS:SASL_SSL");
        assertThat(broker.getProperty("listeners")).contains("PARTNERS://:9094");
        assertThat(broker.getProperty("advertised.listeners")).contains("PARTNERS://localhost:9094");
        assertThat(kafka.get("ports")).extracting(JsonNode::asText).containsExactly("9094:9094");
        assertThat(broker.getProperty("listener.name.partners.ssl.keystore.location"))
                .startsWith("/etc/kafka/secrets/");
        assertThat(broker.getProperty("sasl.enabled.mechanisms")).isEqualTo("SCRAM-SHA-512");
        assertThat(broker.getProperty("authorizer.class.name"))
                .isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(broker.getProperty("allow.everyone.if.no.acl.found")).isEqualTo("false");
        assertThat(broker.getProperty("super.users")).isEqualTo("User:admin;User:controller");
        assertThat(kafka.get("volumes")).extracting(JsonNode::asText)
                .contains("./deploy/kafka:/etc/return-ops/kafka:ro", "kafka-tls:/etc/kafka/secrets");
        String start = Files.readString(ROOT.resolve("deploy/kafka/broker.sh"));
        assertThat(start).contains("--add-scram", "keytool -genkeypair");
        assertThat(variablesOf(start)).allSatisfy(variable -> assertThat(kafka.get("environment").has(variable))
                .as("the broker's environment sets " + variable).isTrue());
    }

    @Test
    void eachServiceLogsInAsItsOwnPrincipalWhichTheSetupCreatesWithTheSamePassword() throws IOException {
        String setup = Files.readString(ROOT.resolve("deploy/kafka/setup.sh"));
        JsonNode setupEnvironment = compose.get("services").get("kafka-setup").get("environment");
        assertThat(variablesOf(setup)).allSatisfy(variable -> assertThat(setupEnvironment.has(variable))
                .as("kafka-setup's environment sets " + variable).isTrue());
        for (String name : List.of("registry", "consular", "transport")) {
            JsonNode env = compose.get("services").get(name + "-service").get("environment");
            String variable = "KAFKA_" + name.toUpperCase(Locale.ROOT) + "_PASSWORD";

            assertThat(env.get("MESSAGING_KAFKA_USERNAME").asText()).isEqualTo(name);
            assertThat(env.get("MESSAGING_KAFKA_PASSWORD").asText())
                    .isEqualTo(setupEnvironment.get(variable).asText()).startsWith("${" + variable + ":-");
            assertThat(setup).contains("user " + name + " \"$" + variable + "\"");
        }
        for (String partner : List.of("kz-migration", "uz-border", "tj-embassy", "tj-border")) {
            assertThat(setup).contains("user " + partner + " \"$KAFKA_"
                    + partner.toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD\"");
        }
    }

    private static boolean isOneShot(String service) {
        JsonNode restart = compose.get("services").get(service).get("restart");
        return restart != null && restart.asText().equals("no");
    }

    /** The environment variables a shell script reads, e.g. KAFKA_ADMIN_PASSWORD (its own lower-case ones aside). */
    private static Set<String> variablesOf(String script) {
        Set<String> variables = new HashSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\$\\{?(KAFKA_[A-Z_]+)").matcher(script);
        while (matcher.find()) {
            if (!matcher.group(1).equals("KAFKA_BOOTSTRAP")) {
                variables.add(matcher.group(1));
            }
        }
        return variables;
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyEnvironmentVariableIsARealConfigKeyOfThatService() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String name : SUITE) {
            Set<String> keys = ServiceConfig.keys(ROOT, name);
            compose.get("services").get(name).get("environment").properties().forEach(variable -> {
                if (!ServiceConfig.isKey(keys, variable.getKey())) {
                    unknown.add(name + ": " + variable.getKey());
                }
            });
        }
        assertThat(unknown).as("environment variables that match no key of application.properties").isEmpty();
    }

    @Test
    void theInitScriptCreatesTheDatabaseEachServiceIsConfiguredWith() throws IOException {
        String init = Files.readString(ROOT.resolve("deploy/postgres/init/01-databases.sql"));
        for (String name : List.of("registry-service", "consular-service", "transport-service")) {
            JsonNode env = compose.get("services").get(name).get("environment");
            String url = env.get("QUARKUS_DATASOURCE_JDBC_URL").asText();
            String database = url.substring(url.lastIndexOf('/') + 1);
            String user = env.get("QUARKUS_DATASOURCE_USERNAME").asText();
            assertThat(init).contains("create role " + user + " login password '"
                    + env.get("QUARKUS_DATASOURCE_PASSWORD").asText() + "'");
            assertThat(init).contains("create database " + database + " owner " + user);
        }
    }
}
