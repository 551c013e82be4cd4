package org.returnops.localstack;

import org.returnops.testkit.LocalStackTestResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The servers every service test stands on: real PostgreSQL and a real Kafka broker. */
class LocalStackIT {

    @Test
    void kafkaBrokerDeliversWhatIsProducedInOrderPerKey() throws Exception {
        LocalStack stack = LocalStackTestResource.shared();
        String topic = "local-stack-test-" + UUID.randomUUID();
        Map<String, Object> admin = stack.kafka().clientConfig(KafkaAccess.ADMIN);
        try (Admin topics = Admin.create(admin)) {
            topics.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }

        Map<String, Object> producerConfig = new HashMap<>(admin);
        producerConfig.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            for (int i = 0; i < 5; i++) {
                RecordMetadata sent = producer.send(new ProducerRecord<>(topic, "migrant-1", "event-" + i)).get();
                assertThat(sent.offset()).isEqualTo(i);
            }
        }

        Map<String, Object> consumerConfig = new HashMap<>(admin);
        consumerConfig.putAll(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.subscribe(List.of(topic));
            List<String> received = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < 5 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    assertThat(record.key()).isEqualTo("migrant-1");
                    received.add(record.value());
                }
            }
            assertThat(received).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4");
            consumer.commitSync();
        }
    }

    @Test
    void eachServiceGetsItsOwnDatabaseAndRoleWhichCannotReadAnothers() throws Exception {
        PostgresServer postgres = LocalStackTestResource.shared().postgres();
        DatabaseCoordinates first = postgres.ensureDatabase("stack_test_a");
        DatabaseCoordinates second = postgres.ensureDatabase("stack_test_b");
        assertThat(postgres.ensureDatabase("stack_test_a")).isEqualTo(first);

        try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists note (id int primary key, text varchar(50))");
            statement.execute("insert into note values (1, 'Zhibek Zholy') on conflict do nothing");
            try (ResultSet rows = statement.executeQuery("select text, current_user, version() from note")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Zhibek Zholy");
                assertThat(rows.getString(2)).isEqualTo("stack_test_a");
                assertThat(rows.getString(3)).startsWith("PostgreSQL " + PostgresServer.EMBEDDED_MAJOR);
            }
        }
        if (postgres.isEmbedded()) {
            return; // the embedded server trusts local connections; a configured server enforces ownership
        }
        try (Connection connection = DriverManager.getConnection(
                postgres.jdbcUrl(first.username()), second.username(), second.password())) {
            assertThatThrownBy(() -> connection.createStatement().executeQuery("select * from note"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aTakenPortIsReportedWithTheSettingThatMovesIt() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            assertThatThrownBy(() -> Ports.requireFree(taken.getLocalPort(), "registry-service", "SUITE_REGISTRY_PORT"))
                    .isInstanceOf(StackException.class)
                    .hasMessage("Port " + taken.getLocalPort() + " for registry-service is already in use: stop what"
                            + " holds it or set SUITE_REGISTRY_PORT to another port.");
        }
    }
}
