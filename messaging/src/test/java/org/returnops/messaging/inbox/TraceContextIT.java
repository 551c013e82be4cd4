package org.returnops.messaging.inbox;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.contracts.events.VehicleSeats;
import org.returnops.testkit.TopicProbe;
import org.returnops.messaging.TraceParent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One trace across Kafka: an event that arrives with a {@code traceparent} header is handled in a span of the
 * same trace, and what the handler emits through the outbox leaves with a {@code traceparent} of that trace
 * (a child of the handler's span, not the sender's).
 */
@QuarkusTest
class TraceContextIT {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SENDER_SPAN = "00f067aa0ba902b7";

    private final TopicProbe topics = TopicProbe.ofTestStack();

    @Test
    void whatAHandlerEmitsCarriesTheTraceOfTheEventItHandled() {
        String key = UUID.randomUUID().toString();
        EventEnvelope echo = CloudEventCodec.envelope(new ConvoyPlanned(UUID.randomUUID(), EffectEvents.ECHO,
                Instant.parse("2026-03-10T05:00:00Z"), List.of(new VehicleSeats(UUID.randomUUID(), "867 ATA 13", 45, 2)),
                Instant.now()), "urn:return-ops:transport-service", key, null);

        topics.send(Topics.TRANSPORT_CONVOYS, key, CloudEventCodec.encode(echo), Map.of("content-type",
                CloudEventCodec.CONTENT_TYPE, TraceParent.HEADER, "00-" + TRACE_ID + "-" + SENDER_SPAN + "-01"));

        ConsumerRecord<String, byte[]> emitted = topics.await(Topics.TRANSPORT_CONVOYS, record -> key.equals(record.key())
                && new String(record.value(), StandardCharsets.UTF_8).contains("\"ECHOED\""), Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the handler's event never reached " + Topics.TRANSPORT_CONVOYS));
        String traceparent = TopicProbe.header(emitted, TraceParent.HEADER);
        assertThat(traceparent).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
                .doesNotContain(SENDER_SPAN);
    }

    @Test
    void anEventWithoutATraceStartsOneOfItsOwn() {
        String key = UUID.randomUUID().toString();
        EventEnvelope echo = CloudEventCodec.envelope(new ConvoyPlanned(UUID.randomUUID(), EffectEvents.ECHO,
                Instant.parse("2026-03-10T05:00:00Z"), List.of(new VehicleSeats(UUID.randomUUID(), "867 ATA 13", 45, 2)),
                Instant.now()), "urn:return-ops:transport-service", key, null);

        topics.send(Topics.TRANSPORT_CONVOYS, key, CloudEventCodec.encode(echo), Map.of("content-type",
                CloudEventCodec.CONTENT_TYPE));

        ConsumerRecord<String, byte[]> emitted = topics.await(Topics.TRANSPORT_CONVOYS, record -> key.equals(record.key())
                && new String(record.value(), StandardCharsets.UTF_8).contains("\"ECHOED\""), Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the handler's event never reached " + Topics.TRANSPORT_CONVOYS));
        assertThat(TopicProbe.header(emitted, TraceParent.HEADER)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                .doesNotContain(TRACE_ID);
    }
}
