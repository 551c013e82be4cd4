package org.returnops.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.messaging.KafkaClients;
import org.returnops.messaging.MessagingConfig;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka in the order they were written, keyed by aggregate id, and deletes
 * each batch once the broker has acknowledged all of it.
 *
 * <p>Woken right after a commit that wrote an event; polls only as a safety net. While the broker is
 * away it retries with growing backoff and the rows wait. One batch runs under a transaction-scoped
 * PostgreSQL advisory lock, so two instances of a service never publish the same rows, nor overtake
 * each other's order. A batch that fails half-way is sent again whole: consumers see at-least-once
 * delivery and deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock that makes one relay per database active at a time. */
    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtext('return-ops.outbox-relay'))";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KafkaClients kafka;

    @Inject
    MessagingConfig config;

    @Inject
    MeterRegistry meters;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaProducer<String, byte[]> producer;
    private volatile OutboxStatus status = new OutboxStatus(0, null, null, null);
    private Counter published;

    void start(@Observes StartupEvent event) {
        published = Counter.builder("outbox.published").description("Events the broker acknowledged")
                .register(meters);
        Gauge.builder("outbox.backlog", this, relay -> relay.status.backlog())
                .description("Events written but not yet acknowledged by the broker").register(meters);
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        Thread relay = thread;
        if (relay != null) {
            relay.join(Duration.ofSeconds(10).toMillis());
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Called after a commit that wrote an event: publish now instead of at the next poll. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    public OutboxStatus status() {
        return status;
    }

    private void run() {
        long backoffMillis = 0;
        while (running) {
            try {
                long wait = backoffMillis > 0 ? backoffMillis : config.outbox().pollInterval().toMillis();
                wakeUp.tryAcquire(wait, TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (!running) {
                    break;
                }
                if (producer == null) {
                    producer = kafka.producer(config.source() + "-outbox");
                }
                while (running && publishBatch() == config.outbox().batchSize()) {
                    // a full batch: there may be more
                }
                backoffMillis = 0;
                if (statusIsStale()) {
                    refreshStatus(null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                backoffMillis = Math.min(Math.max(backoffMillis * 2, 200), config.outbox().maxBackoff().toMillis());
                LOG.warnf("outbox relay could not publish (next attempt in %d ms): %s", backoffMillis, e.toString());
                refreshStatus(e.toString());
            }
        }
    }

    private int publishBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!lock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<Long> sequence = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "select seq, topic, event_key, payload, correlation_id from outbox_event order by seq limit ?")) {
                    select.setInt(1, config.outbox().batchSize());
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            sequence.add(rows.getLong(1));
                            ProducerRecord<String, byte[]> record = new ProducerRecord<>(rows.getString(2),
                                    rows.getString(3), rows.getBytes(4));
                            record.headers().add(new RecordHeader("content-type",
                                    CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
                            String correlation = rows.getString(5);
                            if (correlation != null) {
                                record.headers().add(new RecordHeader("correlation-id",
                                        correlation.getBytes(StandardCharsets.UTF_8)));
                            }
                            acks.add(producer.send(record));
                        }
                    }
                }
                if (sequence.isEmpty()) {
                    connection.rollback();
                    return 0;
                }
                long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from outbox_event where seq = any(?)")) {
                    delete.setArray(1, connection.createArrayOf("bigint", sequence.toArray()));
                    delete.executeUpdate();
                }
                connection.commit();
                published.increment(sequence.size());
                return sequence.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static boolean lock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK);
                ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    /**
     * The backlog is counted at most once per poll interval, not after every commit's wake-up: the
     * count is for health and metrics, and should not add a query to each event's path.
     */
    private boolean statusIsStale() {
        OutboxStatus current = status;
        return current.lastError() != null || current.checkedAt() == null
                || current.checkedAt().isBefore(Instant.now().minus(config.outbox().pollInterval()));
    }

    private void refreshStatus(String error) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*), min(created_at) from outbox_event");
                ResultSet result = statement.executeQuery()) {
            result.next();
            java.sql.Timestamp oldest = result.getTimestamp(2);
            status = new OutboxStatus(result.getLong(1), oldest == null ? null : oldest.toInstant(), error,
                    Instant.now());
        } catch (SQLException e) {
            status = new OutboxStatus(status.backlog(), status.oldestPending(), e.toString(), Instant.now());
        }
    }

    /**
     * What the relay last saw.
     *
     * @param backlog       events written but not yet acknowledged
     * @param oldestPending when the oldest of them was written (null with no backlog)
     * @param lastError     why the last attempt failed (null when it succeeded)
     */
    public record OutboxStatus(long backlog, Instant oldestPending, String lastError, Instant checkedAt) {
    }
}
