package org.returnops.testkit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.EventType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends events as another service would: a CloudEvent of the catalogue ({@link CloudEventCodec}) with the
 * service's source, keyed by its subject, on the topic the catalogue names for it ({@link EventType}),
 * through a {@link TopicProbe} (the broker's administrator unless a test says otherwise).
 *
 * <pre>{@code
 * EventEnvelope sent = EventSender.as("consular-service").send(new MigrantCleared(...), migrantId);
 * }</pre>
 */
public final class EventSender {

    private final TopicProbe probe;
    private final String source;
    private final String correlationId;

    private EventSender(TopicProbe probe, String source, String correlationId) {
        this.probe = probe;
        this.source = source;
        this.correlationId = correlationId;
    }

    /** As the named service ({@code urn:return-ops:<service>} is the events' source), through the administrator. */
    public static EventSender as(String service) {
        return new EventSender(TopicProbe.ofTestStack(), "urn:return-ops:" + service, null);
    }

    /** As a test standing in for whoever produces the event. */
    public static EventSender asTest() {
        return as("test");
    }

    /** The same sender through another probe, e.g. as an authority system's principal. */
    public EventSender through(TopicProbe other) {
        return new EventSender(other, source, correlationId);
    }

    /** The same sender, its events carrying the correlation id of a flow. */
    public EventSender correlated(String flow) {
        return new EventSender(probe, source, flow);
    }

    /** The envelope this sender would send, without sending it (to send it twice, or broken). */
    public EventEnvelope envelope(Object data, Object subject) {
        return CloudEventCodec.envelope(data, source, subject.toString(), correlationId);
    }

    /** Sends the event where the catalogue puts it, keyed by its subject. */
    public EventEnvelope send(Object data, Object subject) {
        return sendTo(EventType.of(data.getClass()).topicFor(data), data, subject);
    }

    /** Sends the event to the topic, keyed by its subject. */
    public EventEnvelope sendTo(String topic, Object data, Object subject) {
        EventEnvelope envelope = envelope(data, subject);
        send(topic, envelope);
        return envelope;
    }

    /** Sends an envelope made before (again, for a duplicate) to the topic, keyed by its subject. */
    public void send(String topic, EventEnvelope envelope) {
        probe.sendAll(List.of(record(topic, envelope)));
    }

    /** Sends the events in order with one producer, as a relay would, each where the catalogue puts it. */
    public <T> List<EventEnvelope> sendAll(List<? extends T> events, Function<T, ?> subject) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (T data : events) {
            EventEnvelope envelope = envelope(data, subject.apply(data));
            envelopes.add(envelope);
            records.add(record(EventType.of(data.getClass()).topicFor(data), envelope));
        }
        probe.sendAll(records);
        return envelopes;
    }

    private static ProducerRecord<String, byte[]> record(String topic, EventEnvelope envelope) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, envelope.subject(),
                CloudEventCodec.encode(envelope));
        record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** The headers a raw record needs to be read as a CloudEvent, for a test that sends bytes of its own. */
    public static Map<String, String> headers() {
        return Map.of("content-type", CloudEventCodec.CONTENT_TYPE);
    }
}
