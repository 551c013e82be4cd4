package org.returnops.localstack;

import org.returnops.testkit.LocalStackTestResource;
import org.returnops.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnops.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The broker lets in only known principals and lets each read and write only its own topics: what an
 * authority system or a stranger on the network can and cannot do, on the real broker of the tests.
 */
class KafkaSecurityIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final KafkaBroker broker = LocalStackTestResource.shared().kafka();

    @ParameterizedTest
    @ValueSource(strings = {Topics.REGISTRY_MIGRANTS, "partner.tj-embassy-kz.decisions.v1"})
    void aClientWithoutCredentialsCanNeitherWriteNorReadAnyTopic(String topic) {
        Map<String, Object> anonymous = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());

        assertThatThrownBy(() -> send(anonymous, topic)).hasRootCauseInstanceOf(TimeoutException.class);
        try (KafkaConsumer<String, byte[]> consumer = consumer(anonymous, "anonymous")) {
            assertThatThrownBy(() -> consumer.partitionsFor(topic, Duration.ofSeconds(3)))
                    .isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefusedAtAuthentication() {
        Map<String, Object> wrong = broker.clientConfig(new KafkaAccess.Principal("tj-embassy", "guessed", "TJ-EMBASSY-KZ"));

        assertThatThrownBy(() -> send(wrong, Topics.decisions("TJ-EMBASSY-KZ")))
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void anAuthorityReadsItsOwnRequestsAndRejectionsAndWritesItsOwnDecisions() {
        String marker = UUID.randomUUID().toString();
        TopicProbe consular = new TopicProbe(broker, KafkaAccess.CONSULAR);
        TopicProbe embassy = new TopicProbe(broker, KafkaAccess.TJ_EMBASSY);
        consular.send(Topics.requests("TJ-EMBASSY-KZ"), marker, bytes(marker), Map.of());
        consular.send(Topics.rejections("TJ-EMBASSY-KZ"), marker, bytes(marker), Map.of());

        assertThat(embassy.await(Topics.requests("TJ-EMBASSY-KZ"), r -> marker.equals(r.key()), WAIT)).isPresent();
        assertThat(embassy.await(Topics.rejections("TJ-EMBASSY-KZ"), r -> marker.equals(r.key()), WAIT)).isPresent();
        embassy.send(Topics.decisions("TJ-EMBASSY-KZ"), marker, bytes(marker), Map.of());
        assertThat(new TopicProbe(broker, KafkaAccess.CONSULAR)
                .await(Topics.decisions("TJ-EMBASSY-KZ"), r -> marker.equals(r.key()), WAIT)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner.kz-migration.requests.v1", "partner.uz-border.rejections.v1",
            "partner.tj-border.decisions.v1", "partner.tj-embassy-kz.decisions.v1", Topics.REGISTRY_MIGRANTS,
            Topics.CONSULAR_CLEARANCES, Topics.TRANSPORT_CONVOYS, "registry.migrants.v1.dlq",
            "partner.tj-embassy-kz.decisions.v1.dlq"})
    void anAuthorityCannotReadAnotherAuthoritysTopicsNorAnyInternalOne(String topic) {
        TopicProbe embassy = new TopicProbe(broker, KafkaAccess.TJ_EMBASSY);

        assertThatThrownBy(() -> embassy.all(topic, r -> true, 1, WAIT))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner.kz-migration.decisions.v1", "partner.tj-border.decisions.v1",
            "partner.tj-embassy-kz.requests.v1", "partner.tj-embassy-kz.rejections.v1", Topics.CONSULAR_CLEARANCES,
            Topics.REGISTRY_MIGRANTS})
    void anAuthorityCannotWriteAnotherAuthoritysDecisionsNorAnythingButItsOwnDecisions(String topic) {
        TopicProbe embassy = new TopicProbe(broker, KafkaAccess.TJ_EMBASSY);

        assertThatThrownBy(() -> embassy.send(topic, "k", bytes("decision"), Map.of()))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceWritesOnlyItsOwnTopicsAndReadsOnlyWhatItConsumes() {
        TopicProbe registry = new TopicProbe(broker, KafkaAccess.REGISTRY);
        TopicProbe transport = new TopicProbe(broker, KafkaAccess.TRANSPORT);

        assertThatThrownBy(() -> registry.send(Topics.CONSULAR_CLEARANCES, "k", bytes("x"), Map.of()))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> registry.send(Topics.decisions("TJ-EMBASSY-KZ"), "k", bytes("x"), Map.of()))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> transport.all(Topics.requests("TJ-BORDER"), r -> true, 1, WAIT))
                .isInstanceOf(TopicAuthorizationException.class);
        String marker = UUID.randomUUID().toString();
        registry.send(Topics.REGISTRY_MIGRANTS, marker, bytes(marker), Map.of());
        assertThat(transport.await(Topics.REGISTRY_MIGRANTS, r -> marker.equals(r.key()), WAIT)).isPresent();
    }

    private static void send(Map<String, Object> client, String topic) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, "k", bytes("v"))).get();
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(Map<String, Object> client, String group) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
