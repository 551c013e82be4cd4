package org.returnops.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.returnops.contracts.AsyncApiDocument.CONTENT_TYPE;
import static org.returnops.contracts.AsyncApiDocument.DEAD_LETTER_MESSAGE;
import static org.returnops.contracts.AsyncApiDocument.SECURITY_SCHEME;

/**
 * The {@code components} of the AsyncAPI document: one message per event type, its data the type's JSON Schema
 * embedded with its local references inlined, the CloudEvents envelope, the dead-letter headers and the security
 * scheme, all referred to from the channels and operations {@link AsyncApiDocument} lays out.
 */
final class AsyncApiComponents {

    private static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AsyncApiComponents() {
    }

    static ObjectNode components() {
        ObjectNode components = NODES.objectNode();
        components.putObject("securitySchemes").putObject(SECURITY_SCHEME)
                .put("type", "scramSha512")
                .put("description", "SASL SCRAM-SHA-512 with the principal and password the operators gave the "
                        + "client. Without them the broker refuses the connection; with them a client reads and "
                        + "writes only the topics its access control lists name.");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEventEnvelope", envelope());
        schemas.set("DeadLetterHeaders", deadLetterHeaders());
        ObjectNode messages = components.putObject("messages");
        for (EventType type : EventType.values()) {
            messages.set(type.type(), message(type));
        }
        ObjectNode deadLetter = messages.putObject(DEAD_LETTER_MESSAGE)
                .put("name", DEAD_LETTER_MESSAGE)
                .put("title", "Dead letter")
                .put("summary", "A record a consumer could not process, as it was read, with the reason.");
        deadLetter.putObject("headers").put("$ref", "#/components/schemas/DeadLetterHeaders");
        deadLetter.putObject("payload").put("description", "The original record value, unchanged: usually a "
                + "CloudEvent of the original topic, but possibly malformed, which may be why it is here.");
        components.putObject("correlationIds").putObject("correlationid")
                .put("description", "The CloudEvents extension attribute correlationid: the same for every event "
                        + "of one flow (e.g. one return), copied from the event or request that caused it.")
                .put("location", "$message.payload#/correlationid");
        return components;
    }

    private static ObjectNode message(EventType type) {
        ObjectNode message = NODES.objectNode()
                .put("name", type.type())
                .put("title", type.dataClass().getSimpleName())
                .put("summary", type.description())
                .put("contentType", CONTENT_TYPE);
        message.putObject("correlationId").put("$ref", "#/components/correlationIds/correlationid");
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key")
                .put("type", "string")
                .put("format", "uuid")
                .put("description", "The " + type.aggregate().name().toLowerCase() + " id: "
                        + keyField(type) + " of the data.");
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        ArrayNode allOf = message.putObject("payload").putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEventEnvelope");
        ObjectNode properties = allOf.addObject().put("type", "object").putObject("properties");
        properties.putObject("type").put("const", type.type());
        properties.set("data", embedded(type));
        return message;
    }

    private static String keyField(EventType type) {
        return switch (type.aggregate()) {
            case MIGRANT -> "migrantId";
            case CONVOY -> "convoyId";
            case CLEARANCE -> "clearanceId";
        };
    }

    /** The type's schema without its document-level keywords and with its local references inlined. */
    private static ObjectNode embedded(EventType type) {
        ObjectNode schema;
        try {
            schema = (ObjectNode) EventJson.MAPPER.readTree(EventSchemas.schemaJson(type));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        schema.remove("$schema");
        schema.remove("$id");
        JsonNode defs = schema.remove("$defs");
        return (ObjectNode) inline(schema, defs == null ? NODES.objectNode() : defs);
    }

    private static JsonNode inline(JsonNode node, JsonNode defs) {
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(inline(element, defs)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = NODES.objectNode();
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.asText().startsWith("#/$defs/")) {
            JsonNode target = defs.get(ref.asText().substring("#/$defs/".length()));
            if (target == null) {
                throw new IllegalStateException("Unresolved " + ref.asText());
            }
            copy.setAll((ObjectNode) inline(target, defs));
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getKey().equals("$ref") || copy.isEmpty()) {
                copy.set(field.getKey(), inline(field.getValue(), defs));
            }
        }
        return copy;
    }

    private static ObjectNode envelope() {
        ObjectNode envelope = NODES.objectNode()
                .put("type", "object")
                .put("description", "A structured CloudEvent 1.0 as the suite writes it on Kafka. Consumers "
                        + "ignore attributes they do not know.");
        ArrayNode required = envelope.putArray("required");
        List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data")
                .forEach(required::add);
        ObjectNode properties = envelope.putObject("properties");
        properties.putObject("specversion").put("type", "string").put("const", "1.0")
                .put("description", "CloudEvents version.");
        properties.putObject("id").put("type", "string").put("minLength", 1)
                .put("description", "Unique id of the event. A redelivered event has the same id: consumers "
                        + "deduplicate by it.");
        properties.putObject("source").put("type", "string").put("format", "uri-reference").put("minLength", 1)
                .put("description", "The service or authority system that produced the event.");
        properties.putObject("type").put("type", "string").put("minLength", 1)
                .put("description", "The event type, e.g. migrant.registered.v1; it fixes the schema of data.");
        properties.putObject("subject").put("type", "string").put("minLength", 1)
                .put("description", "Id of the aggregate the event is about; equal to the Kafka key.");
        properties.putObject("time").put("type", "string").put("format", "date-time")
                .put("description", "When the event happened.");
        properties.putObject("datacontenttype").put("type", "string").put("const", "application/json")
                .put("description", "Media type of data.");
        properties.putObject("correlationid").put("type", "string").put("minLength", 1)
                .put("description", "Extension attribute: the same for every event of one flow.");
        properties.putObject("data").put("type", "object")
                .put("description", "The event's data; its schema depends on type.");
        return envelope;
    }

    private static ObjectNode deadLetterHeaders() {
        ObjectNode headers = NODES.objectNode()
                .put("type", "object")
                .put("description", "Kafka headers a consumer adds to a record it dead-letters (UTF-8 text).");
        ArrayNode required = headers.putArray("required");
        ObjectNode properties = headers.putObject("properties");
        header(required, properties, "dlq-reason", "Why the record could not be processed.", null);
        header(required, properties, "dlq-original-topic", "Topic the record was read from.", null);
        header(required, properties, "dlq-original-partition", "Partition it was read from, in decimal.", "^[0-9]+$");
        header(required, properties, "dlq-original-offset", "Offset it was read at, in decimal.", "^[0-9]+$");
        return headers;
    }

    private static void header(ArrayNode required, ObjectNode properties, String name, String description,
            String pattern) {
        required.add(name);
        ObjectNode header = properties.putObject(name).put("type", "string").put("description", description);
        if (pattern != null) {
            header.put("pattern", pattern);
        }
    }
}
