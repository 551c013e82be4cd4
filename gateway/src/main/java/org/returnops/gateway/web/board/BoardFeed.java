package org.returnops.gateway.web.board;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;
import org.returnops.contracts.Topics;
import org.returnops.gateway.web.WebConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the open boards that something happened: reads the suite's three event topics from their end,
 * as the gateway's own read-only principal, and sends the topic's name to every board listening (which
 * then reloads its data through the services, with its own rights). The consumer takes every partition
 * itself (no consumer group): each gateway instance must see every event, and nothing is committed, since
 * a board loads the current state when it opens. Off when {@code web.events.bootstrap-servers} is not set.
 */
@ApplicationScoped
public class BoardFeed {

    private static final Logger LOG = Logger.getLogger(BoardFeed.class);
    /** The topics whose events change what a board shows. */
    static final List<String> TOPICS = Topics.INTERNAL;

    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();
    @Inject WebConfig config;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile boolean running;

    /** One item per event, named by its topic. */
    public Multi<String> changes() {
        return changes;
    }

    void start(@Observes StartupEvent start) {
        if (config.events().bootstrapServers().isEmpty()) {
            LOG.info("web.events.bootstrap-servers is not set: open boards refresh only when reloaded");
            return;
        }
        running = true;
        Thread thread = new Thread(this::run, "board-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(settings())) {
                consumer = kafka;
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : TOPICS) {
                    kafka.partitionsFor(topic, Duration.ofSeconds(30))
                            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
                kafka.assign(partitions);
                kafka.seekToEnd(partitions);
                while (running) {
                    ConsumerRecords<byte[], byte[]> records = kafka.poll(Duration.ofSeconds(1));
                    records.partitions().forEach(p -> changes.onNext(p.topic()));
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("board feed: %s; retrying in 5 s", e.getMessage());
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.events().bootstrapServers().orElseThrow());
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-board");
        config.events().username().ifPresent(user -> {
            settings.put("security.protocol", "SASL_PLAINTEXT");
            settings.put("sasl.mechanism", "SCRAM-SHA-512");
            settings.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + user + "\" password=\"" + config.events().password().orElse("") + "\";");
        });
        return settings;
    }
}
