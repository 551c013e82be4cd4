package org.returnops.messaging.outbox;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.returnops.messaging.TraceParent;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.messaging.MessagingConfig;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The relay's own database connection and the advisory lock held on it. Every statement commits on its
 * own (auto-commit), so nothing stays open while the broker acknowledges; the lock belongs to the
 * session, not to a transaction, and is given back before the connection returns to the pool.
 */
final class RelaySession implements AutoCloseable {

    private static final String LOCK_KEY = "hashtext('return-ops.outbox-relay')";
    /** Batches sent and not yet acknowledged at most: one being acknowledged while the next goes out. */
    private static final int DEPTH = 2;

    private final Connection connection;
    private final KafkaProducer<String, byte[]> producer;
    private final MessagingConfig.Outbox config;
    private boolean locked;

    RelaySession(Connection connection, KafkaProducer<String, byte[]> producer, MessagingConfig.Outbox config)
            throws SQLException {
        this.connection = connection;
        this.producer = producer;
        this.config = config;
        connection.setAutoCommit(true);
    }

    /** A batch sent: the rows' sequence numbers and the broker's acknowledgements to come. */
    private record Batch(List<Long> sequence, List<Future<RecordMetadata>> acks, long sentAt) {
    }

    /**
     * Publishes what the outbox holds now, if this session holds or can take the lock.
     *
     * @return the events published and deleted
     */
    long publishAll(BooleanSupplier running) throws Exception {
        if (!locked && !(locked = lock())) {
            return 0;
        }
        Deque<Batch> inFlight = new ArrayDeque<>();
        Set<Long> sent = new HashSet<>();
        long published = 0;
        boolean drained = false;
        while (true) {
            Batch next = null;
            if (!drained && inFlight.size() < DEPTH && running.getAsBoolean()) {
                next = send(sent);
                drained = next.sequence().size() < config.batchSize();
                if (next.sequence().isEmpty()) {
                    next = null;
                } else {
                    inFlight.add(next);
                }
            }
            if (inFlight.isEmpty()) {
                return published;
            }
            if (next == null || inFlight.size() >= DEPTH) {
                Batch done = inFlight.poll();
                awaitAcks(done);
                delete(done.sequence());
                sent.removeAll(done.sequence());
                published += done.sequence().size();
            }
        }
    }

    /** Gives the lock back, so that another instance may publish. */
    void release() throws SQLException {
        if (locked) {
            locked = false;
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
            }
        }
    }

    @Override
    public void close() {
        try {
            // the connection goes back to the pool: it must not keep the lock there
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_unlock_all()");
            }
        } catch (SQLException e) {
            // a dead connection: its session, and so the lock, is gone already
        }
        locked = false;
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing more to give back
        }
    }

    private boolean lock() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    /** Reads the next rows in order, leaving out those in flight, and hands them to the producer. */
    private Batch send(Set<Long> inFlight) throws SQLException {
        List<Long> sequence = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, topic, event_key, type, payload, correlation_id, traceparent from outbox_event
                where not (seq = any(?)) order by seq limit ?""")) {
            select.setArray(1, connection.createArrayOf("bigint", inFlight.toArray()));
            select.setInt(2, config.batchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong(1);
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(rows.getString(2),
                            rows.getString(3), rows.getBytes(5));
                    header(record, "content-type", CloudEventCodec.CONTENT_TYPE);
                    header(record, CloudEventCodec.TYPE_HEADER, rows.getString(4));
                    String correlation = rows.getString(6);
                    if (correlation != null) {
                        header(record, "correlation-id", correlation);
                    }
                    String traceparent = rows.getString(7);
                    if (traceparent != null) {
                        header(record, TraceParent.HEADER, traceparent);
                    }
                    acks.add(producer.send(record));
                    sequence.add(seq);
                    inFlight.add(seq);
                }
            }
        }
        return new Batch(sequence, acks, System.nanoTime());
    }

    private void awaitAcks(Batch batch) throws Exception {
        long deadline = batch.sentAt() + config.sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : batch.acks()) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private void delete(List<Long> sequence) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from outbox_event where seq = any(?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", sequence.toArray()));
            delete.executeUpdate();
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
