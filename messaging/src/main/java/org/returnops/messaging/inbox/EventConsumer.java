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
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventType;
import org.returnops.contracts.ReceivedEvent;
import org.returnops.messaging.KafkaClients;
import org.returnops.messaging.MessagingConfig;
import org.returnops.platform.problem.Failures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Consumes the service's topics and applies each event exactly once in effect, at a cost per poll rather
 * than per record.
 *
 * <p>A polled batch is read first: a record whose {@code ce_type} header names a type of the catalogue the
 * service does not handle is skipped unread; the others are parsed once, checked (a CloudEvent of a known
 * type, on its own topic, valid against its schema) and turned into their records. What fails a check goes
 * to {@code <topic>.dlq} with the reason. The rest is applied in one database transaction that records the
 * event ids in one statement and calls the handlers in poll order (so in order per partition, hence per
 * key); an id already recorded, earlier or in the same batch, is not applied again. When that transaction
 * fails, each event of the batch is applied alone in its own transaction, with retries, and only one that
 * still fails is dead-lettered, so a poison event never undoes its neighbours. A database out of reach is not the
 * event's fault: nothing is dead-lettered for it; the consumer starts again from the last committed offsets with a
 * growing pause until the database answers. Offsets are committed
 * asynchronously after the database commit: a crash in between makes the broker deliver the batch again,
 * and the recorded ids make that a no-op.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject KafkaClients kafka;

    @Inject MessagingConfig config;

    @Inject Inbox inbox;

    @Inject DeadLetters deadLetters;

    @Inject
    @Any
    Instance<EventHandlerTable> tables;

    @Inject MeterRegistry meters;

    private final EventHandlers handlers = new EventHandlers();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;

    void onStart(@Observes StartupEvent event) {
        for (EventHandlerTable table : tables) {
            table.declare(handlers);
        }
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
        deadLetters.close();
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
                    if (!records.isEmpty()) {
                        process(records);
                        kafkaConsumer.commitAsync(offsets(records), (offsets, failure) -> {
                            if (failure != null) {
                                LOG.debugf("offset commit failed (the events come again and are skipped): %s",
                                        failure.toString());
                            }
                        });
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

    private static Map<TopicPartition, OffsetAndMetadata> offsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> inPartition = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private void process(ConsumerRecords<String, byte[]> records) throws Exception {
        List<Inbox.Pending> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            Inbox.Pending pending = read(record);
            if (pending != null) {
                batch.add(pending);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        List<Inbox.Pending> applied;
        try {
            applied = inbox.applyAll(config.consumer().group(), batch);
        } catch (Exception e) {
            LOG.debugf("a batch of %d events failed (%s): each is applied alone", batch.size(), e.toString());
            for (Inbox.Pending pending : batch) {
                applyAlone(pending);
            }
            return;
        }
        Set<Inbox.Pending> done = Collections.newSetFromMap(new IdentityHashMap<>());
        done.addAll(applied);
        for (Inbox.Pending pending : batch) {
            count(done.contains(pending) ? "applied" : "duplicate", pending.event().type());
        }
    }

    /** The record decoded and checked, or null when it is skipped or dead-lettered. */
    private Inbox.Pending read(ConsumerRecord<String, byte[]> record) throws Exception {
        Optional<EventType> announced = header(record, CloudEventCodec.TYPE_HEADER).flatMap(EventType::of);
        if (announced.isPresent() && handlers.get(announced.get()) == null) {
            count("ignored", announced.get().type());
            return null;
        }
        ReceivedEvent envelope;
        try {
            envelope = ReceivedEvent.read(record.value());
        } catch (CloudEventCodec.InvalidEvent e) {
            deadLetters.send(record, e.getMessage());
            return null;
        }
        Optional<EventType> type = EventType.of(envelope.type());
        if (type.isEmpty()) {
            deadLetters.send(record, "unknown event type " + envelope.type());
            return null;
        }
        EventHandlers.Entry<?> handler = handlers.get(type.get());
        if (handler == null) {
            count("ignored", type.get().type());
            return null;
        }
        if (!type.get().carriedBy(record.topic())) {
            deadLetters.send(record, type.get().type() + " does not belong on " + record.topic());
            return null;
        }
        List<String> violations = envelope.violations(type.get());
        if (!violations.isEmpty()) {
            deadLetters.send(record, "data does not match the schema of " + type.get().type() + ": "
                    + String.join("; ", violations));
            return null;
        }
        Object data;
        try {
            data = envelope.data(handler.dataClass());
        } catch (IllegalArgumentException e) {
            deadLetters.send(record, e.getMessage());
            return null;
        }
        return new Inbox.Pending(record, new DeliveredEvent(record.topic(), record.partition(), record.offset(), record.key(),
                envelope), data, handler);
    }

    private void applyAlone(Inbox.Pending pending) throws Exception {
        Exception last = null;
        for (int attempt = 1; attempt <= config.consumer().maxAttempts(); attempt++) {
            try {
                boolean applied = inbox.apply(config.consumer().group(), pending);
                count(applied ? "applied" : "duplicate", pending.event().type());
                return;
            } catch (PoisonEvent e) {
                deadLetters.send(pending.record(), e.getMessage());
                return;
            } catch (Exception e) {
                if (Failures.databaseUnavailable(e)) {
                    // not the event's fault: nothing is dead-lettered; the consumer starts again from the last
                    // committed offsets once the database answers, and what was applied meanwhile is skipped
                    throw e;
                }
                last = e;
                LOG.debugf("attempt %d of %s failed: %s", attempt, pending.event().id(), e);
                if (attempt < config.consumer().maxAttempts()) {
                    sleep(config.consumer().retryBackoff().toMillis() << (attempt - 1));
                }
            }
        }
        deadLetters.send(pending.record(), "failed " + config.consumer().maxAttempts() + " times: " + rootMessage(last));
    }

    private static Optional<String> header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private void count(String result, String type) {
        meters.counter("consumer.events", "result", result, "type", type).increment();
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
