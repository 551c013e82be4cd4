package org.returnops.messaging.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;
import org.returnops.contracts.Topics;
import org.returnops.messaging.KafkaClients;
import org.returnops.messaging.MessagingConfig;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Sends what the consumer cannot process to {@code <topic>.dlq}: the record as it came, its headers, and
 * {@code dlq-*} headers saying why and where from. The send is awaited, so a record is never both
 * skipped and missing from the dead-letter topic.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject KafkaClients kafka;

    @Inject MessagingConfig config;

    @Inject MeterRegistry meters;

    private KafkaProducer<String, byte[]> producer;

    /** Called by the consumer once it has stopped: nothing is dead-lettered after this. */
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    /** Dead-letters the record; called from the consumer's thread only. */
    void send(ConsumerRecord<String, byte[]> record, String reason) throws Exception {
        if (producer == null) {
            producer = kafka.producer(config.consumer().group() + "-dlq");
        }
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.deadLetter(record.topic()), null,
                record.key(), record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header);
        }
        header(letter, "dlq-reason", reason);
        header(letter, "dlq-original-topic", record.topic());
        header(letter, "dlq-original-partition", Integer.toString(record.partition()));
        header(letter, "dlq-original-offset", Long.toString(record.offset()));
        header(letter, "dlq-consumer-group", config.consumer().group());
        header(letter, "dlq-failed-at", Instant.now().toString());
        producer.send(letter).get(10, TimeUnit.SECONDS);
        LOG.warnf("dead-lettered %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        meters.counter("consumer.dead.letters", "topic", record.topic()).increment();
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
