package org.returnops.consular.clearancecase;

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
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.PersonName;
import org.returnops.localstack.KafkaAccess;
import org.returnops.messaging.inbox.EventConsumer;
import org.returnops.testkit.EventSender;
import org.returnops.testkit.LocalStackTestResource;
import org.returnops.testkit.TopicProbe;
import org.returnops.testkit.Waiting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.testkit.Partners.asOperator;

/**
 * The consular service as a consumer of migrant.registered.v1 on the real broker: idempotent,
 * dead-lettering what it cannot process, and safe against a crash between its database commit and
 * its offset commit.
 */
@QuarkusTest
class MigrantRegisteredConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject EntityManager entityManager;

    @Inject EventConsumer consumer;

    private final TopicProbe topic = TopicProbe.ofTestStack();
    private final EventSender registry = EventSender.as("registry-service");

    static MigrantRegistered registered(UUID migrantId, boolean consent, String nationality) {
        return new MigrantRegistered(migrantId, null, "KZ-ZHIBEK-ZHOLY", new PersonName("Rakhimov", "Farrukh", null),
                new PersonName("Рахимов", "Фаррух", null), "M", LocalDate.of(1988, 3, 14), nationality, List.of(),
                List.of(), List.of(), "Sughd", consent, Instant.parse("2020-10-12T07:30:00Z"));
    }

    private EventEnvelope send(MigrantRegistered data) {
        return registry.correlated("test-" + UUID.randomUUID()).send(data, data.migrantId());
    }

    /** Raw bytes under the key, as a broken or misrouted producer would send them. */
    private void send(String key, byte[] value) {
        topic.send(Topics.REGISTRY_MIGRANTS, key, value, EventSender.headers());
    }

    private void awaitCase(UUID migrantId) {
        Waiting.until("a clearance case for " + migrantId, WAIT)
                .until(() -> asOperator().when().get("/api/v1/clearance-cases/" + migrantId).statusCode() == 200);
    }

    private long cases(UUID migrantId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from clearance_case where migrant_id = :id")
                .setParameter("id", migrantId).getSingleResult()).longValue();
    }

    private long processed(String eventId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue();
    }

    @Test
    void aRegistrationWithConsentOpensOneCase() throws Exception {
        UUID migrantId = UUID.randomUUID();
        send(registered(migrantId, true, "TJK"));
        awaitCase(migrantId);
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("siteCode", equalTo("KZ-ZHIBEK-ZHOLY"))
                .body("nationality", equalTo("TJK"));
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        UUID migrantId = UUID.randomUUID();
        EventEnvelope sent = send(registered(migrantId, true, "TJK"));
        registry.send(Topics.REGISTRY_MIGRANTS, sent);
        UUID marker = UUID.randomUUID();
        send(registered(marker, true, "TJK"));
        awaitCase(marker);

        String eventId = sent.id();
        assertThat(cases(migrantId)).isEqualTo(1);
        assertThat(processed(eventId)).isEqualTo(1);
    }

    @Test
    void aRegistrationWithoutConsentOpensNoCase() throws Exception {
        UUID withoutConsent = UUID.randomUUID();
        send(registered(withoutConsent, false, "TJK"));
        UUID marker = UUID.randomUUID();
        send(registered(marker, true, "TJK"));
        awaitCase(marker);
        assertThat(cases(withoutConsent)).isZero();
        asOperator().when().get("/api/v1/clearance-cases/" + withoutConsent).then().statusCode(404);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsProcessed() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        send(poisonKey, "this is not an event".getBytes(StandardCharsets.UTF_8));
        UUID badSchema = UUID.randomUUID();
        send(registered(badSchema, true, "TJ"));
        UUID next = UUID.randomUUID();
        send(registered(next, true, "TJK"));

        awaitCase(next);
        assertThat(cases(badSchema)).isZero();

        ConsumerRecord<String, byte[]> letter = topic.await(Topics.deadLetter(Topics.REGISTRY_MIGRANTS),
                r -> poisonKey.equals(r.key()), WAIT).orElseThrow();
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("this is not an event");
        assertThat(TopicProbe.header(letter, "dlq-reason")).startsWith("not a structured CloudEvents 1.0 JSON event");
        assertThat(TopicProbe.header(letter, "dlq-original-topic")).isEqualTo(Topics.REGISTRY_MIGRANTS);
        assertThat(TopicProbe.header(letter, "dlq-original-partition")).matches("\\d+");
        assertThat(TopicProbe.header(letter, "dlq-original-offset")).matches("\\d+");
        assertThat(TopicProbe.header(letter, "dlq-consumer-group")).isEqualTo("consular-service");

        ConsumerRecord<String, byte[]> invalid = topic.await(Topics.deadLetter(Topics.REGISTRY_MIGRANTS),
                r -> badSchema.toString().equals(r.key()), WAIT).orElseThrow();
        assertThat(TopicProbe.header(invalid, "dlq-reason"))
                .startsWith("data does not match the schema of migrant.registered.v1")
                .contains("nationality");
    }

    @Test
    void aCrashBetweenTheDatabaseCommitAndTheOffsetCommitLosesNothingAndDuplicatesNothing() throws Exception {
        UUID migrantId = UUID.randomUUID();
        String eventId = send(registered(migrantId, true, "TJK")).id();
        awaitCase(migrantId);
        ConsumerRecord<String, byte[]> record = topic.await(Topics.REGISTRY_MIGRANTS,
                r -> migrantId.toString().equals(r.key()), WAIT).orElseThrow();

        // The crash: the consumer goes away, and the group's offset is as if the commit after the
        // database transaction never happened, so the broker delivers the event again.
        consumer.stop();
        try (Admin admin = Admin.create(LocalStackTestResource.shared().kafka().clientConfig(KafkaAccess.ADMIN))) {
            Map<TopicPartition, OffsetAndMetadata> rewind = new HashMap<>();
            rewind.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset()));
            admin.alterConsumerGroupOffsets("consular-service", rewind).all().get(30, TimeUnit.SECONDS);
        } finally {
            consumer.start();
        }

        // A later event on the same partition: once it is applied, the redelivered one was applied before it.
        UUID marker = UUID.randomUUID();
        send(migrantId.toString(), CloudEventCodec.encode(registry.envelope(registered(marker, true, "TJK"), marker)));
        awaitCase(marker);
        assertThat(cases(migrantId)).isEqualTo(1);
        assertThat(processed(eventId)).isEqualTo(1);
    }
}
