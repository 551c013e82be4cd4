package org.returnops.testkit;

import org.returnops.localstack.KafkaAccess;
import org.returnops.localstack.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * A test's own view of a topic on the real broker: what an embassy system would send, and what it
 * would read, as a principal of {@link KafkaAccess}. Reads from the beginning of the topic with a fresh
 * consumer group each time (in the principal's own group namespace).
 */
public final class TopicProbe {

    private final Map<String, Object> client;
    private final KafkaAccess.Principal principal;

    public TopicProbe(KafkaBroker broker, KafkaAccess.Principal principal) {
        this.client = broker.clientConfig(principal);
        this.principal = principal;
    }

    /**
     * The probe of the test servers of this JVM as the broker's administrator, who may read and write
     * everything: for a test that stands in for another service.
     */
    public static TopicProbe ofTestStack() {
        return ofTestStack(KafkaAccess.ADMIN);
    }

    /** The probe of the test servers of this JVM as the principal, e.g. an authority system. */
    public static TopicProbe ofTestStack(KafkaAccess.Principal principal) {
        return new TopicProbe(LocalStackTestResource.shared().kafka(), principal);
    }

    /** Sends one record with the headers, acknowledged by every replica before it returns. */
    public void send(String topic, String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, content) -> record.headers().add(name, content.getBytes(StandardCharsets.UTF_8)));
        sendAll(List.of(record));
    }

    /** Sends the records in order with one producer, as a service's relay would, and waits for every one. */
    public void sendAll(List<ProducerRecord<String, byte[]>> records) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        String topics = records.stream().map(ProducerRecord::topic).distinct().toList().toString();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            List<Future<?>> sent = new ArrayList<>();
            for (ProducerRecord<String, byte[]> record : records) {
                sent.add(producer.send(record));
            }
            for (Future<?> each : sent) {
                each.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topics + " as " + principal.name() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The first record of the topic that matches, waiting up to the timeout for it to arrive. */
    public Optional<ConsumerRecord<String, byte[]>> await(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            Duration timeout) {
        return all(topic, match, 1, timeout).stream().findFirst();
    }

    /**
     * Every matching record of the topic seen within the timeout, stopping early once {@code enough}
     * have been seen.
     */
    public List<ConsumerRecord<String, byte[]>> all(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            int enough, Duration timeout) {
        return all(List.of(topic), match, enough, timeout);
    }

    /** {@link #all(String, Predicate, int, Duration)} over several topics at once. */
    public List<ConsumerRecord<String, byte[]>> all(List<String> topics, Predicate<ConsumerRecord<String, byte[]>> match,
            int enough, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, principal.consumerGroup() + "-probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(topics);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < enough && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    /** A header of a record as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
