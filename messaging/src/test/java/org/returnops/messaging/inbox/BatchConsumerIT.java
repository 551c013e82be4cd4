package org.returnops.messaging.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.contracts.events.VehicleSeats;
import org.returnops.localstack.KafkaAccess;
import org.returnops.localstack.LocalStack;
import org.returnops.testkit.EventSender;
import org.returnops.testkit.LocalStackTestResource;
import org.returnops.testkit.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer path on a real broker and database: records polled together are applied in one
 * transaction, and every guarantee of one event at a time holds for them. Records are sent while the
 * consumer is stopped, so that they come back in one poll when it starts again.
 */
@QuarkusTest
class BatchConsumerIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOPIC = Topics.TRANSPORT_CONVOYS;

    @Inject EntityManager entityManager;

    @Inject EventConsumer consumer;

    private static final EventSender TRANSPORT = EventSender.as("transport-service");

    private final TopicProbe topics = TopicProbe.ofTestStack();

    private static EventEnvelope planned(String key, String route) {
        ConvoyPlanned data = new ConvoyPlanned(UUID.randomUUID(), route, Instant.parse("2026-03-10T05:00:00Z"),
                List.of(new VehicleSeats(UUID.randomUUID(), "867 ATA 13", 45, 2)), Instant.now());
        return TRANSPORT.envelope(data, key);
    }

    private void send(EventEnvelope envelope) {
        TRANSPORT.send(TOPIC, envelope);
    }

    private void send(String key, byte[] value) {
        topics.send(TOPIC, key, value, EventSender.headers());
    }

    /** The routes applied for this key, in the order applied. */
    private List<String> effects(String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select note from effect where subject = :key order by seq", String.class)
                .setParameter("key", key).getResultList());
    }

    private long effectsOf(String eventId) {
        return count("select count(*) from effect where event_id = :id", eventId);
    }

    private long processed(String eventId) {
        return count("select count(*) from processed_event where event_id = :id", eventId);
    }

    private long count(String query, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(query)
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private void whileStopped(Runnable sending) {
        consumer.stop();
        try {
            sending.run();
        } finally {
            consumer.start();
        }
    }

    @Test
    void aPoisonEventInTheMiddleOfABatchIsDeadLetteredAndItsNeighboursKeepTheirEffects() {
        String key = "convoy-" + UUID.randomUUID();
        EventEnvelope before = planned(key, "R-BEFORE");
        EventEnvelope poison = planned(key, EffectEvents.POISON);
        EventEnvelope after = planned(key, "R-AFTER");
        whileStopped(() -> List.of(before, poison, after).forEach(this::send));

        ConsumerRecord<String, byte[]> letter = topics.await(Topics.deadLetter(TOPIC), r -> key.equals(r.key()), WAIT)
                .orElseThrow();
        assertThat(TopicProbe.header(letter, "dlq-reason")).isEqualTo("route POISON can never be planned");
        assertThat(CloudEventCodec.decode(letter.value()).id()).isEqualTo(poison.id());
        await().atMost(WAIT).untilAsserted(() -> assertThat(effects(key)).containsExactly("R-BEFORE", "R-AFTER"));
        assertThat(processed(before.id())).isEqualTo(1);
        assertThat(processed(poison.id())).isZero();
        assertThat(processed(after.id())).isEqualTo(1);
    }

    @Test
    void theSameEventTwiceInOneBatchHasOneEffect() {
        String key = "convoy-" + UUID.randomUUID();
        EventEnvelope twice = planned(key, "R-TWICE");
        EventEnvelope marker = planned(key, "R-MARKER");
        whileStopped(() -> {
            send(twice);
            send(twice);
            send(marker);
        });

        await().atMost(WAIT).untilAsserted(() -> assertThat(effectsOf(marker.id())).isEqualTo(1));
        assertThat(effects(key)).containsExactly("R-TWICE", "R-MARKER");
        assertThat(processed(twice.id())).isEqualTo(1);
    }

    @Test
    void aCrashAfterTheDatabaseCommitAndBeforeTheOffsetCommitDuplicatesNothing() throws Exception {
        String key = "convoy-" + UUID.randomUUID();
        List<EventEnvelope> batch = List.of(planned(key, "R-1"), planned(key, "R-2"), planned(key, "R-3"));
        whileStopped(() -> batch.forEach(this::send));
        await().atMost(WAIT).untilAsserted(() -> assertThat(effects(key)).containsExactly("R-1", "R-2", "R-3"));
        ConsumerRecord<String, byte[]> first = topics.await(TOPIC, r -> key.equals(r.key()), WAIT).orElseThrow();

        // The crash: the consumer goes away, and the group's offset is as if the commit after the database
        // transaction never happened, so the broker delivers the whole batch again.
        EventEnvelope marker = planned(key, "R-MARKER");
        whileStopped(() -> {
            rewind(first);
            send(marker);
        });

        await().atMost(WAIT).untilAsserted(() -> assertThat(effectsOf(marker.id())).isEqualTo(1));
        assertThat(effects(key)).containsExactly("R-1", "R-2", "R-3", "R-MARKER");
        for (EventEnvelope event : batch) {
            assertThat(processed(event.id())).isEqualTo(1);
        }
    }

    @Test
    void eventsThatArriveWhileTheDatabaseIsDownAreAppliedOnceItIsBackAndNoneIsDeadLettered() throws Exception {
        String key = "convoy-" + UUID.randomUUID();
        List<EventEnvelope> batch = List.of(planned(key, "R-1"), planned(key, "R-2"), planned(key, "R-3"));
        LocalStack stack = LocalStackTestResource.shared();
        stack.stopPostgres();
        try {
            batch.forEach(this::send);
            topics.all(TOPIC, r -> key.equals(r.key()), batch.size(), WAIT);
            // what is awaited is something not happening: long enough for the consumer to poll the events and
            // fail on them every time it may (three attempts, each waiting a second for a connection), and again
            Thread.sleep(8_000);
        } finally {
            stack.startPostgres();
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(effects(key)).containsExactly("R-1", "R-2", "R-3"));
        for (EventEnvelope event : batch) {
            assertThat(processed(event.id())).isEqualTo(1);
        }
        assertThat(topics.all(Topics.deadLetter(TOPIC), r -> key.equals(r.key()), 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void eachKeyKeepsItsOrderAcrossABatch() {
        List<String> keys = List.of("convoy-" + UUID.randomUUID(), "convoy-" + UUID.randomUUID(),
                "convoy-" + UUID.randomUUID());
        List<String> routes = List.of("R-1", "R-2", "R-3", "R-4", "R-5", "R-6");
        whileStopped(() -> {
            for (String route : routes) {
                for (String key : keys) {
                    send(planned(key, route));
                }
            }
        });

        await().atMost(WAIT).untilAsserted(() -> keys.forEach(key -> assertThat(effects(key)).hasSize(routes.size())));
        for (String key : keys) {
            assertThat(effects(key)).as("the events of %s in the order sent", key).containsExactlyElementsOf(routes);
        }
    }

    @Test
    void aRecordOfATypeTheServiceDoesNotHandleIsSkippedFromItsTypeHeaderUnread() {
        String key = "convoy-" + UUID.randomUUID();
        EventEnvelope marker = planned(key, "R-MARKER");
        whileStopped(() -> {
            // not an event at all: read, it would be dead-lettered; its header says it is of no concern here
            topics.send(TOPIC, key, "not read".getBytes(StandardCharsets.UTF_8),
                    Map.of("content-type", CloudEventCodec.CONTENT_TYPE, CloudEventCodec.TYPE_HEADER,
                            "convoy.departed.v1"));
            send(key, "no header, so read".getBytes(StandardCharsets.UTF_8));
            send(marker);
        });

        await().atMost(WAIT).untilAsserted(() -> assertThat(effectsOf(marker.id())).isEqualTo(1));
        List<String> letters = new ArrayList<>();
        topics.all(Topics.deadLetter(TOPIC), r -> key.equals(r.key()), 2, Duration.ofSeconds(5))
                .forEach(r -> letters.add(new String(r.value(), StandardCharsets.UTF_8)));
        assertThat(letters).containsExactly("no header, so read");
    }

    private static void rewind(ConsumerRecord<String, byte[]> to) {
        try (Admin admin = Admin.create(LocalStackTestResource.shared().kafka().clientConfig(KafkaAccess.ADMIN))) {
            admin.alterConsumerGroupOffsets("messaging-test",
                    Map.of(new TopicPartition(to.topic(), to.partition()), new OffsetAndMetadata(to.offset())))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not rewind the group: " + e.getMessage(), e);
        }
    }
}
