package org.returnops.messaging.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.CorrelationIds;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.EventSchemas;
import org.returnops.contracts.EventType;
import org.returnops.contracts.Topics;
import org.returnops.messaging.KafkaClients;
import org.returnops.messaging.MessagingConfig;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Consumes the service's topics and applies each event exactly once in effect.
 *
 * <p>Each event is applied by its {@link EventHandler} in a database transaction that also records its
 * id; offsets are committed only after those commits, so a crash in between makes the broker deliver
 * the event again, and the recorded id makes the second delivery a no-op. An event that is not a valid
 * CloudEvent, is of an unknown type, breaks its schema, is declared poison by its handler, or fails
 * {@code messaging.consumer.max-attempts} times goes to {@code <topic>.dlq} with the reason and its
 * origin in headers, and the partition keeps flowing.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    KafkaClients kafka;

    @Inject
    MessagingConfig config;

    @Inject
    Inbox inbox;

    @Inject
    @Any
    Instance<EventHandler<?>> handlerBeans;

    @Inject
    MeterRegistry meters;

    private final Map<EventType, EventHandler<?>> handlers = new HashMap<>();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private KafkaProducer<String, byte[]> deadLetters;

    void onStart(@Observes StartupEvent event) {
        for (EventHandler<?> handler : handlerBeans) {
            handlers.put(EventType.of(handler.dataClass()), handler);
        }
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
        if (deadLetters != null) {
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    /** Starts consuming, if the service consumes any topic; a no-op while running. */
    public synchronized void start() {
        List<String> topics = config.consumer().topics().orElse(List.of());
        if (topics.isEmpty() || running) {
            return;
        }
        running = true;
        thread = new Thread(() -> run(topics), "event-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops consuming and leaves the group; what was applied but not yet committed comes again later. */
    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread worker = thread;
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    private void run(List<String> topics) {
        long backoff = 0;
        while (running) {
            try (KafkaConsumer<String, byte[]> kafkaConsumer = kafka.consumer(config.consumer().group() + "-consumer")) {
                consumer = kafkaConsumer;
                kafkaConsumer.subscribe(topics);
                while (running) {
                    ConsumerRecords<String, byte[]> records = kafkaConsumer.poll(Duration.ofMillis(500));
                    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                    for (ConsumerRecord<String, byte[]> record : records) {
                        process(record);
                        done.put(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1));
                    }
                    if (!done.isEmpty()) {
                        kafkaConsumer.commitSync(done);
                    }
                    backoff = 0;
                }
            } catch (WakeupException e) {
                // stop() asked
            } catch (Exception e) {
                backoff = Math.min(Math.max(backoff * 2, 500), 10_000);
                LOG.warnf("event consumer restarts in %d ms from the last committed offsets: %s", backoff, e.toString());
                sleep(backoff);
            } finally {
                consumer = null;
            }
        }
    }

    private void process(ConsumerRecord<String, byte[]> record) throws Exception {
        EventEnvelope envelope;
        try {
            envelope = CloudEventCodec.decode(record.value());
        } catch (CloudEventCodec.InvalidEvent e) {
            deadLetter(record, e.getMessage());
            return;
        }
        Optional<EventType> type = EventType.of(envelope.type());
        if (type.isEmpty()) {
            deadLetter(record, "unknown event type " + envelope.type());
            return;
        }
        EventHandler<?> handler = handlers.get(type.get());
        if (handler == null) {
            count("ignored", type.get());
            return;
        }
        if (!type.get().carriedBy(record.topic())) {
            deadLetter(record, type.get().type() + " does not belong on " + record.topic());
            return;
        }
        List<String> violations = EventSchemas.violations(type.get(), envelope.dataJson());
        if (!violations.isEmpty()) {
            deadLetter(record, "data does not match the schema of " + type.get().type() + ": "
                    + String.join("; ", violations));
            return;
        }
        // what the handler logs and emits carries the correlation id of the event it reacts to
        MDC.put(CorrelationIds.MDC_KEY, envelope.correlationId() != null ? envelope.correlationId() : envelope.id());
        try {
            applyWithRetries(record, envelope, type.get(), handler);
        } finally {
            MDC.remove(CorrelationIds.MDC_KEY);
        }
    }

    private void applyWithRetries(ConsumerRecord<String, byte[]> record, EventEnvelope envelope, EventType type,
            EventHandler<?> handler) throws Exception {
        Exception last = null;
        for (int attempt = 1; attempt <= config.consumer().maxAttempts(); attempt++) {
            try {
                boolean applied = inbox.apply(config.consumer().group(), record.topic(), envelope, handler);
                count(applied ? "applied" : "duplicate", type);
                return;
            } catch (PoisonEvent e) {
                deadLetter(record, e.getMessage());
                return;
            } catch (Exception e) {
                last = e;
                LOG.debugf("attempt %d of %s failed: %s", attempt, envelope.id(), e);
                if (attempt < config.consumer().maxAttempts()) {
                    sleep(config.consumer().retryBackoff().toMillis() << (attempt - 1));
                }
            }
        }
        deadLetter(record, "failed " + config.consumer().maxAttempts() + " times: " + rootMessage(last));
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) throws Exception {
        if (deadLetters == null) {
            deadLetters = kafka.producer(config.consumer().group() + "-dlq");
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
        deadLetters.send(letter).get(10, TimeUnit.SECONDS);
        LOG.warnf("dead-lettered %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        meters.counter("consumer.dead.letters", "topic", record.topic()).increment();
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private void count(String result, EventType type) {
        meters.counter("consumer.events", "result", result, "type", type.type()).increment();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
