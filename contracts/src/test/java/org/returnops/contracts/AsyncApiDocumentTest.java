package org.returnops.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The AsyncAPI document declares the whole catalogue, and the checked-in copy is the one the code generates. */
class AsyncApiDocumentTest {

    private static final Path CHECKED_IN = Path.of("asyncapi.yaml");
    private static final Path GENERATED = Path.of("target", "asyncapi.yaml");

    private static String rendered;
    private static JsonNode document;

    @BeforeAll
    static void render() throws IOException {
        rendered = AsyncApiDocument.render();
        document = new YAMLMapper().readTree(rendered);
    }

    @Test
    void checkedInCopyIsUpToDate() throws IOException {
        String checkedIn = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN, StandardCharsets.UTF_8) : "";
        if (!checkedIn.equals(rendered)) {
            Files.createDirectories(GENERATED.getParent());
            AsyncApiDocument.main(new String[] {GENERATED.toString()});
            fail("contracts/asyncapi.yaml is out of date with the catalogue and the schemas (first difference at "
                    + "line " + firstDifference(checkedIn, rendered) + "). The current document was written to "
                    + "contracts/target/asyncapi.yaml; review it and run: "
                    + "cp contracts/target/asyncapi.yaml contracts/asyncapi.yaml");
        }
    }

    @Test
    void renderingIsDeterministic() {
        assertThat(AsyncApiDocument.render()).isEqualTo(rendered);
    }

    @Test
    void describesTheSuiteOnTheLocalBroker() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/info/title").asText()).isEqualTo("Return Operation Suite events");
        assertThat(document.at("/info/version").asText()).isEqualTo("1.0.0");
        assertThat(document.at("/info/description").asText()).contains("application/cloudevents+json",
                "correlationid", "idempotent", ".dlq", "dlq-reason", "dlq-original-topic", "dlq-original-partition",
                "dlq-original-offset");
        assertThat(document.at("/servers/local/host").asText()).isEqualTo("localhost:9092");
        assertThat(document.at("/servers/local/protocol").asText()).isEqualTo("kafka");
        assertThat(document.at("/servers/partners/protocol").asText()).isEqualTo("kafka-secure");
        assertThat(document.at("/servers/partners/security/0/$ref").asText())
                .isEqualTo("#/components/securitySchemes/scram-sha-512");
        assertThat(document.at("/components/securitySchemes/scram-sha-512/type").asText()).isEqualTo("scramSha512");
    }

    @Test
    void declaresEveryEventTypeOnceAsAMessage() {
        List<String> expected = new ArrayList<>(Arrays.stream(EventType.values()).map(EventType::type).toList());
        expected.add(AsyncApiDocument.DEAD_LETTER_MESSAGE);

        assertThat(names(document.at("/components/messages"))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void messageEmbedsTheSchemaOfItsType(EventType type) throws IOException {
        JsonNode message = document.at("/components/messages/" + type.type());
        JsonNode schema = EventJson.MAPPER.readTree(EventSchemas.schemaJson(type));
        JsonNode payload = message.at("/payload/allOf/1/properties");
        JsonNode data = payload.path("data");

        assertThat(message.path("name").asText()).isEqualTo(type.type());
        assertThat(message.path("title").asText()).isEqualTo(type.dataClass().getSimpleName());
        assertThat(message.path("summary").asText()).isEqualTo(type.description());
        assertThat(message.path("contentType").asText()).isEqualTo("application/cloudevents+json");
        assertThat(message.at("/payload/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/CloudEventEnvelope");
        assertThat(payload.at("/type/const").asText()).isEqualTo(type.type());
        assertThat(data.has("$schema") || data.has("$id") || data.has("$defs")).isFalse();
        assertThat(names(data.path("properties"))).containsExactlyElementsOf(names(schema.path("properties")));
        assertThat(data.path("required")).isEqualTo(schema.path("required"));
        assertThat(data.path("description")).isEqualTo(schema.path("description"));
        assertThat(message.at("/bindings/kafka/key/description").asText())
                .contains(type.aggregate().name().toLowerCase());
    }

    @Test
    void embeddedSchemasValidateLikeTheOriginals() throws IOException {
        for (EventType type : EventType.values()) {
            ObjectNode data = (ObjectNode) document.at("/components/messages/" + type.type() + "/payload/allOf/1"
                    + "/properties/data").deepCopy();
            data.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            String sample = EventJson.write(SampleEvents.sample(type));
            String broken = sample.replaceFirst("\"[0-9a-f]{8}-[0-9a-f-]{27}\"", "\"not-a-uuid\"");

            assertThat(validate(data, sample)).as(type.type()).isEmpty();
            assertThat(validate(data, broken)).as(type.type()).isNotEmpty();
        }
    }

    @Test
    void declaresEveryTopicAndItsDeadLetterCompanionWithTheirMessages() {
        JsonNode channels = document.path("channels");
        List<String> expected = Topics.ALL.stream().flatMap(t -> Topics.CONSUMED.contains(t)
                ? Stream.of(t, Topics.deadLetter(t)) : Stream.of(t)).toList();

        assertThat(names(channels)).containsExactlyElementsOf(expected);
        for (String topic : Topics.ALL) {
            List<String> types = Arrays.stream(EventType.values()).filter(t -> t.carriedBy(topic))
                    .map(EventType::type).toList();
            JsonNode channel = channels.path(topic);

            assertThat(channel.path("address").asText()).isEqualTo(topic);
            assertThat(names(channel.path("messages"))).as(topic).containsExactlyElementsOf(types).isNotEmpty();
            types.forEach(type -> assertThat(channel.at("/messages/" + type + "/$ref").asText())
                    .isEqualTo("#/components/messages/" + type));
        }
        for (String topic : Topics.CONSUMED) {
            JsonNode deadLetter = channels.path(Topics.deadLetter(topic));
            assertThat(deadLetter.path("address").asText()).isEqualTo(topic + ".dlq");
            assertThat(deadLetter.at("/messages/dead-letter/$ref").asText())
                    .isEqualTo("#/components/messages/dead-letter");
        }
        assertThat(channels.path("partner.tj-embassy-kz.requests.v1").path("description").asText())
                .contains("Only TJ-EMBASSY-KZ's principal reads this topic");
        assertThat(document.at("/components/schemas/DeadLetterHeaders/required")).extracting(JsonNode::asText)
                .containsExactly("dlq-reason", "dlq-original-topic", "dlq-original-partition", "dlq-original-offset");
    }

    @Test
    void theSuiteSendsOnItsTopicsAndReceivesAuthorityDecisions() {
        JsonNode operations = document.path("operations");

        for (String topic : Topics.ALL) {
            String action = EventType.CLEARANCE_DECISION.carriedBy(topic) ? "receive" : "send";
            JsonNode operation = operations.path(action + "-" + topic);

            assertThat(operation.path("action").asText()).as(topic).isEqualTo(action);
            assertThat(operation.at("/channel/$ref").asText()).isEqualTo("#/channels/" + topic);
            assertThat(operation.path("messages")).extracting(m -> m.path("$ref").asText())
                    .containsExactlyElementsOf(names(document.at("/channels/" + topic + "/messages")).stream()
                            .map(id -> "#/channels/" + topic + "/messages/" + id).toList());
        }
        Topics.CONSUMED.forEach(topic -> assertThat(operations.at("/send-" + Topics.deadLetter(topic) + "/action")
                .asText()).isEqualTo("send"));
        assertThat(operations.size()).isEqualTo(Topics.ALL.size() + Topics.CONSUMED.size());
    }

    @Test
    void everyReferenceResolves() {
        List<String> unresolved = new ArrayList<>();
        collectRefs(document, unresolved);

        assertThat(unresolved).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    @Test
    void mainWritesTheDocument() throws IOException {
        Path file = Files.createTempFile(Path.of("target"), "asyncapi", ".yaml");
        AsyncApiDocument.main(new String[] {file.toString()});

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(rendered);
        Files.delete(file);
    }

    private static List<String> validate(JsonNode schema, String json) {
        return com.networknt.schema.SchemaRegistry.withDefaultDialect(
                        com.networknt.schema.SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemaRegistryConfig(com.networknt.schema.SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true).build()))
                .getSchema(schema.toString(), com.networknt.schema.InputFormat.JSON)
                .validate(json, com.networknt.schema.InputFormat.JSON).stream()
                .map(com.networknt.schema.Error::getMessage).toList();
    }

    private static int firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int line = 0;
        while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) {
            line++;
        }
        return line + 1;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }
}
