package org.returnops.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The AsyncAPI 3.0 document of the suite's events, generated from the catalogue ({@link EventType}, {@link Topics})
 * and the JSON Schemas, so what partners integrate from is exactly what the services produce and validate. The
 * document describes the suite as one application: it sends on its outbound topics and the dead-letter topics,
 * and receives authorities' decisions. The gateway serves it; a checked-in copy ({@code contracts/asyncapi.yaml})
 * is kept equal to it by a test.
 */
public final class AsyncApiDocument {

    /** The media type of every message: structured-mode CloudEvents in JSON. */
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /** The id of the dead-letter message in {@code components.messages}. */
    public static final String DEAD_LETTER_MESSAGE = "dead-letter";

    /** The id of the SCRAM security scheme in {@code components.securitySchemes}. */
    public static final String SECURITY_SCHEME = "scram-sha-512";

    private static final Map<String, String> TOPIC_DESCRIPTIONS = Map.of(
            Topics.REGISTRY_MIGRANTS,
            "Internal. Registry publishes a person's registration, changes and withdrawal. Readable by the suite's "
                    + "services only. Key: migrant id.",
            Topics.CONSULAR_CLEARANCES,
            "Internal. Consular publishes clearances decided, people cleared or denied, and travel documents issued. "
                    + "Readable by the suite's services only. Key: migrant id.",
            Topics.TRANSPORT_CONVOYS,
            "Internal. Transport publishes convoys planned, seats assigned and given back, manifests, departures, "
                    + "checkpoints and arrivals. Readable by the suite's services only. "
                    + "Key: convoy id or migrant id, as each message says.",
            Topics.PARTNER_REQUESTS,
            "Consular asks %s to decide the clearances it owns here. Only %s's principal reads this topic. "
                    + "Key: migrant id.",
            Topics.PARTNER_DECISIONS,
            "%s's own system publishes its clearance decisions here; only %s's principal may write this topic, "
                    + "and consular takes the deciding authority from it. Key: clearance id.",
            Topics.PARTNER_REJECTIONS,
            "Consular sends back to %s each of its decisions it refused, with the reason (type, title, detail). "
                    + "Only %s's principal reads this topic. Key: clearance id.");

    private static final String DESCRIPTION = """
            Events of the Return Operation Suite, which returns stranded Tajik migrants from Kazakhstan through \
            Uzbekistan to Tajikistan by bus convoys.

            Every message is a structured CloudEvent 1.0 in JSON (content type application/cloudevents+json): \
            the envelope attributes specversion, id, source, type, subject, time and datacontenttype, the \
            event's data under data, and the extension attribute correlationid, which ties together the events \
            of one flow. The type attribute names the event (e.g. migrant.registered.v1) and the data follows \
            that type's JSON Schema (draft 2020-12), embedded below.

            The Kafka record key is the id of the aggregate the event is about (the migrant, convoy or clearance \
            id, as each message's key binding says), so the events of one aggregate stay in order.

            Delivery is at least once: an event may arrive more than once, so consumers must be idempotent and \
            deduplicate by the event id.

            Each topic the suite consumes has a dead-letter companion, <topic>.dlq, where a consumer sends a \
            record it cannot process, unchanged, with the headers dlq-reason, dlq-original-topic, \
            dlq-original-partition and dlq-original-offset. Dead-letter topics are the operators'.

            Every client authenticates with SASL SCRAM-SHA-512 and is authorised per topic: each authority \
            system has a principal of its own and three topics named after its authority code in lower case: \
            partner.<authority>.requests.v1 (read), partner.<authority>.decisions.v1 (write) and \
            partner.<authority>.rejections.v1 (read). The internal topics are readable by the suite's services only.
            """;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private AsyncApiDocument() {
    }

    /** Writes the document to the file given as the only argument, e.g. {@code asyncapi.yaml}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: AsyncApiDocument <output file>");
        }
        Files.writeString(Path.of(args[0]), render(), StandardCharsets.UTF_8);
    }

    /** The document as YAML; the same catalogue always gives the same text. */
    public static String render() {
        try {
            return YAML.writeValueAsString(document());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode document() {
        ObjectNode root = NODES.objectNode();
        root.put("asyncapi", "3.0.0");
        root.putObject("info")
                .put("title", "Return Operation Suite events")
                .put("version", "1.0.0")
                .put("description", DESCRIPTION);
        root.put("defaultContentType", CONTENT_TYPE);
        ObjectNode servers = root.putObject("servers");
        server(servers, "local", "localhost:9092", "kafka", "The broker of a local run of the suite (the run command "
                + "and the tests): SASL_PLAINTEXT, SCRAM-SHA-512.");
        server(servers, "partners", "localhost:9094", "kafka-secure", "The partner listener of the docker-compose "
                + "deployment: SASL_SSL (TLS), SCRAM-SHA-512.");
        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        for (String topic : Topics.INTERNAL) {
            List<EventType> types = typesOn(topic);
            ObjectNode channel = channel(channels, topic, "Events on " + topic, TOPIC_DESCRIPTIONS.get(topic));
            messages(channel, types);
            operation(operations, "send", topic, "Publish the events of " + topic,
                    "The suite produces these events; its services consume them.",
                    types.stream().map(EventType::type).toList());
            deadLetter(channels, operations, topic);
        }
        for (String authority : Topics.AUTHORITIES) {
            for (String template : Topics.PARTNER_TEMPLATES) {
                String topic = Topics.forAuthority(template, authority);
                List<EventType> types = typesOn(template);
                boolean inbound = template.equals(Topics.PARTNER_DECISIONS);
                ObjectNode channel = channel(channels, topic, (inbound ? "Decisions of " : "To ") + authority,
                        TOPIC_DESCRIPTIONS.get(template).formatted(authority, authority));
                messages(channel, types);
                operation(operations, inbound ? "receive" : "send", topic,
                        inbound ? "Receive " + authority + "'s decisions" : "Send " + authority + " its "
                                + (template.equals(Topics.PARTNER_REQUESTS) ? "requests" : "refused decisions"),
                        inbound ? "The suite (consular) consumes these events; " + authority + "'s system produces them."
                                : "The suite produces these events; " + authority + "'s system consumes them.",
                        types.stream().map(EventType::type).toList());
                if (inbound) {
                    deadLetter(channels, operations, topic);
                }
            }
        }
        root.set("components", AsyncApiComponents.components());
        return root;
    }

    private static void server(ObjectNode servers, String name, String host, String protocol, String description) {
        ObjectNode server = servers.putObject(name)
                .put("host", host)
                .put("protocol", protocol)
                .put("description", description);
        server.putArray("security").addObject().put("$ref", "#/components/securitySchemes/" + SECURITY_SCHEME);
    }

    private static void messages(ObjectNode channel, List<EventType> types) {
        ObjectNode messages = channel.putObject("messages");
        for (EventType type : types) {
            messages.putObject(type.type()).put("$ref", "#/components/messages/" + type.type());
        }
    }

    private static void deadLetter(ObjectNode channels, ObjectNode operations, String topic) {
        String deadLetter = Topics.deadLetter(topic);
        ObjectNode dlq = channel(channels, deadLetter, "Dead letters of " + topic,
                "Records of " + topic + " that a consumer could not process, unchanged, with the reason in "
                        + "the headers. Inspected and replayed by operators.");
        dlq.putObject("messages").putObject(DEAD_LETTER_MESSAGE)
                .put("$ref", "#/components/messages/" + DEAD_LETTER_MESSAGE);
        operation(operations, "send", deadLetter, "Dead-letter what cannot be processed from " + topic,
                "A consumer of the suite sends here a record of " + topic + " it cannot process, after bounded "
                        + "retries.",
                List.of(DEAD_LETTER_MESSAGE));
    }

    private static List<EventType> typesOn(String topic) {
        return Arrays.stream(EventType.values()).filter(t -> t.topic().equals(topic)).toList();
    }

    private static ObjectNode channel(ObjectNode channels, String topic, String title, String description) {
        return channels.putObject(topic)
                .put("address", topic)
                .put("title", title)
                .put("description", description);
    }

    private static void operation(ObjectNode operations, String action, String topic, String title,
            String description, List<String> messageIds) {
        ObjectNode operation = operations.putObject(action + "-" + topic)
                .put("action", action)
                .put("title", title)
                .put("description", description);
        operation.putObject("channel").put("$ref", "#/channels/" + topic);
        ArrayNode messages = operation.putArray("messages");
        for (String id : messageIds) {
            messages.addObject().put("$ref", "#/channels/" + topic + "/messages/" + id);
        }
    }
}
