package org.returnops.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * An event read from a record value with one JSON parse: the CloudEvents attributes and the {@code data}
 * as a tree, which the schema check and the conversion to the event's record both use as it is.
 *
 * <p>Reading goes through the tree of the schema validator's JSON library rather than the CloudEvents SDK:
 * the SDK keeps {@code data} as bytes (or as a tree of another JSON library), so the schema check and the
 * record would each parse the text again. Writing stays with the SDK ({@link CloudEventCodec#encode}).
 *
 * @param correlationId the CloudEvents extension {@code correlationid}; may be null
 */
public record ReceivedEvent(String id, String source, String type, String subject, OffsetDateTime time,
        String correlationId, JsonNode data) {

    private static final JsonMapper TREES = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /**
     * Reads a structured-mode CloudEvents 1.0 JSON record value; anything else is refused with a reason fit
     * for a dead-letter header.
     */
    public static ReceivedEvent read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new CloudEventCodec.InvalidEvent("the record has no value");
        }
        JsonNode event;
        try {
            event = TREES.readTree(value);
        } catch (JacksonException e) {
            throw invalid("not JSON: " + e.getOriginalMessage());
        }
        if (event == null || !event.isObject()) {
            throw invalid("not a JSON object");
        }
        if (!"1.0".equals(text(event, "specversion"))) {
            throw invalid("specversion must be 1.0");
        }
        String id = required(event, "id");
        String source = required(event, "source");
        String type = required(event, "type");
        String contentType = text(event, "datacontenttype");
        if (contentType != null && !contentType.startsWith(CloudEventCodec.DATA_CONTENT_TYPE)) {
            throw invalid("datacontenttype " + contentType + " is not " + CloudEventCodec.DATA_CONTENT_TYPE);
        }
        JsonNode data = event.get("data");
        if (data == null || data.isNull()) {
            throw new CloudEventCodec.InvalidEvent("event " + id + " has no data");
        }
        OffsetDateTime time;
        try {
            String at = text(event, "time");
            time = at == null ? null : OffsetDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw invalid("time is not an RFC 3339 timestamp");
        }
        return new ReceivedEvent(id, source, type, text(event, "subject"), time,
                text(event, CloudEventCodec.CORRELATION_EXTENSION), data);
    }

    /** What is wrong with the data, as {@link EventSchemas#violations(EventType, String)} says it. */
    public List<String> violations(EventType eventType) {
        return EventSchemas.violations(eventType, data);
    }

    /** The data as its record, read tolerantly (unknown fields ignored), from the tree already parsed. */
    public <T> T data(Class<T> dataClass) {
        try {
            return TREES.treeToValue(data, dataClass);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("data of event " + id + " is not a " + dataClass.getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String required(JsonNode event, String name) {
        String value = text(event, name);
        if (value == null || value.isEmpty()) {
            throw invalid("the attribute " + name + " is missing");
        }
        return value;
    }

    private static String text(JsonNode event, String name) {
        JsonNode node = event.get(name);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static CloudEventCodec.InvalidEvent invalid(String detail) {
        return new CloudEventCodec.InvalidEvent("not a structured CloudEvents 1.0 JSON event: " + detail);
    }
}
