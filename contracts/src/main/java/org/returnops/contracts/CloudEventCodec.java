package org.returnops.contracts;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes and reads events as structured-mode CloudEvents 1.0 JSON (the whole envelope in the Kafka
 * record value, content type {@code application/cloudevents+json}), through the CloudEvents SDK.
 */
public final class CloudEventCodec {

    /** The Kafka {@code content-type} header of every event record (structured mode). */
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    /**
     * The Kafka header that repeats the event's {@code type} beside the structured record (the name the
     * CloudEvents Kafka binding gives it), so a consumer skips the types it does not handle without reading
     * the value. Optional: a record without it is read whole.
     */
    public static final String TYPE_HEADER = "ce_type";
    /** The CloudEvents extension carrying the correlation id. */
    public static final String CORRELATION_EXTENSION = "correlationid";
    /** The {@code datacontenttype} of every event's data. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private CloudEventCodec() {
    }

    /** A new event (fresh id, time now) around a record of the catalogue. */
    public static EventEnvelope envelope(Object data, String source, String subject, String correlationId) {
        EventType type = EventType.of(data.getClass());
        try {
            return new EventEnvelope(UUID.randomUUID().toString(), source, type.type(), subject,
                    OffsetDateTime.now(ZoneOffset.UTC), correlationId, EventJson.MAPPER.writeValueAsString(data));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + type.type() + " as JSON: " + e.getMessage(), e);
        }
    }

    public static byte[] encode(EventEnvelope envelope) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(envelope.id())
                .withSource(URI.create(envelope.source()))
                .withType(envelope.type())
                .withSubject(envelope.subject())
                .withTime(envelope.time())
                .withDataContentType(DATA_CONTENT_TYPE)
                .withData(envelope.dataJson().getBytes(StandardCharsets.UTF_8));
        if (envelope.correlationId() != null) {
            builder.withExtension(CORRELATION_EXTENSION, envelope.correlationId());
        }
        return FORMAT.serialize(builder.build());
    }

    /**
     * Reads a record value; anything that is not a structured CloudEvent with JSON data is refused
     * with a reason fit for a dead-letter header.
     */
    public static EventEnvelope decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidEvent("the record has no value");
        }
        CloudEvent event;
        try {
            event = FORMAT.deserialize(value);
        } catch (EventDeserializationException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidEvent("not a structured CloudEvents 1.0 JSON event: " + e.getMessage());
        }
        if (event.getData() == null) {
            throw new InvalidEvent("event " + event.getId() + " has no data");
        }
        Object correlation = event.getExtension(CORRELATION_EXTENSION);
        return new EventEnvelope(event.getId(), String.valueOf(event.getSource()), event.getType(),
                event.getSubject(), event.getTime(), correlation == null ? null : correlation.toString(),
                new String(event.getData().toBytes(), StandardCharsets.UTF_8));
    }

    /** A record value that is not an event of the suite's format. */
    public static final class InvalidEvent extends RuntimeException {
        public InvalidEvent(String message) {
            super(message, null, false, false);
        }
    }
}
