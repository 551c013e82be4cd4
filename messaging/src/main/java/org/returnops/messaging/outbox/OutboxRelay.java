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
import org.jboss.logging.Logger;
import org.returnops.messaging.KafkaClients;
import org.returnops.messaging.MessagingConfig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka in the order they were written, keyed by aggregate id, and deletes each
 * batch once the broker has acknowledged all of it.
 *
 * <p>Woken right after a commit that wrote an event; polls only as a safety net. Batches are pipelined: the
 * next batch is read and sent while the acknowledgements of the previous one arrive, and no database
 * transaction is open while the relay waits for the broker (each read and delete commits on its own). One
 * relay per database publishes: it holds a PostgreSQL session advisory lock on a connection of its own
 * from the first batch until the outbox has stayed empty for a poll interval, so two instances never
 * publish the same rows nor overtake each other; if that connection dies, the lock goes with it and
 * nothing is published until it is taken again. While the broker is away the relay retries with growing
 * backoff and the rows wait. A batch that fails half-way is sent again whole: consumers see at-least-once
 * delivery and deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject AgroalDataSource dataSource;

    @Inject KafkaClients kafka;

    @Inject MessagingConfig config;

    @Inject MeterRegistry meters;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaProducer<String, byte[]> producer;
    private volatile OutboxStatus status = new OutboxStatus(0, null, null, null);
    private Counter published;
    private RelaySession session;

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
        long lastPublished = 0;
        try {
            while (running) {
                try {
                    long wait = backoffMillis > 0 ? backoffMillis : config.outbox().pollInterval().toMillis();
                    boolean woken = wakeUp.tryAcquire(wait, TimeUnit.MILLISECONDS);
                    if (woken && lastPublished > 1) {
                        // a backlog: let the commits of the next few milliseconds join this round
                        Thread.sleep(config.outbox().linger().toMillis());
                    }
                    wakeUp.drainPermits();
                    if (!running) {
                        break;
                    }
                    lastPublished = publishRound(woken);
                    backoffMillis = 0;
                    if (statusIsStale()) {
                        refreshStatus(null);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    lastPublished = 0;
                    backoffMillis = Math.min(Math.max(backoffMillis * 2, 200), config.outbox().maxBackoff().toMillis());
                    LOG.warnf("outbox relay could not publish (next attempt in %d ms): %s", backoffMillis, e.toString());
                    closeSession();
                    refreshStatus(e.toString());
                }
            }
        } finally {
            closeSession();
        }
    }

    /**
     * Publishes everything waiting, under the lock. An idle round (nothing published after a poll interval
     * without a wake-up) gives the lock back, so another instance may take over.
     */
    private long publishRound(boolean woken) throws Exception {
        if (producer == null) {
            producer = kafka.producer(config.source() + "-outbox");
        }
        if (session == null) {
            session = new RelaySession(dataSource.getConnection(), producer, config.outbox());
        }
        long count = session.publishAll(() -> running);
        published.increment(count);
        if (count == 0 && !woken) {
            session.release();
        }
        return count;
    }

    private void closeSession() {
        if (session != null) {
            session.close();
            session = null;
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
