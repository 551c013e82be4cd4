package org.returnops.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.CorrelationIds;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.EventSchemas;
import org.returnops.contracts.EventType;
import org.hibernate.Session;
import org.returnops.messaging.MessagingConfig;
import org.returnops.messaging.TraceParent;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the same database transaction as the state change it announces. Nothing is sent
 * here: the relay publishes the row after the commit, so an event is never lost when the broker or the
 * process fails, and never announced for a change that rolled back. The row keeps the trace context of the
 * work that wrote it ({@link TraceParent}), which the relay sends on.
 */
@ApplicationScoped
public class Outbox {

    private static final int BATCH = 500;

    @Inject EntityManager entityManager;

    @Inject TransactionSynchronizationRegistry transactions;

    @Inject OutboxRelay relay;

    @Inject MessagingConfig config;

    /**
     * Records the event; must run inside the caller's transaction.
     *
     * @param data    a record of the event catalogue
     * @param subject the aggregate id: the Kafka key, which keeps one aggregate's events in order
     * @throws IllegalStateException if the data breaks its schema (a bug: the transaction rolls back)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(Object data, String subject, String correlationId) {
        return publishAll(List.of(new Pending(data, subject)), correlationId).get(0);
    }

    /** An event to record and the aggregate id it is keyed by. */
    public record Pending(Object data, String subject) {
    }

    /**
     * Records many events of one change at once (a manifest seats thousands of people): each checked
     * against its schema as {@link #publish} does, then written in JDBC batches instead of one round trip
     * per event. Order is kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> publishAll(List<Pending> events, String correlationId) {
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        List<EventType> types = new ArrayList<>(events.size());
        for (Pending event : events) {
            EventEnvelope envelope = CloudEventCodec.envelope(event.data(), config.source(), event.subject(),
                    correlationId);
            EventType type = EventType.of(event.data().getClass());
            List<String> violations = EventSchemas.violations(type, envelope.dataJson());
            if (!violations.isEmpty()) {
                throw new IllegalStateException("refusing to publish " + type.type() + " that breaks its schema: "
                        + violations);
            }
            envelopes.add(envelope);
            types.add(type);
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (id, topic, event_key, type, payload, correlation_id, traceparent)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                String traceparent = TraceParent.current();
                for (int i = 0; i < envelopes.size(); i++) {
                    EventEnvelope envelope = envelopes.get(i);
                    insert.setObject(1, UUID.fromString(envelope.id()));
                    insert.setString(2, types.get(i).topicFor(events.get(i).data()));
                    insert.setString(3, events.get(i).subject());
                    insert.setString(4, types.get(i).type());
                    insert.setBytes(5, CloudEventCodec.encode(envelope));
                    insert.setString(6, correlationId);
                    insert.setString(7, traceparent);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        if (transactions.getResource(WakeRelayOnCommit.class) == null) {
            transactions.putResource(WakeRelayOnCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        }
        return envelopes;
    }

    /** {@link #publishAll(List, String)} with the correlation id of the work in progress. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> publishAll(List<Pending> events) {
        return publishAll(events, currentCorrelationId());
    }

    /**
     * Records the event with the correlation id of the work in progress: the request's
     * {@code X-Request-Id}, or the {@code correlationid} of the event being handled (both kept in the
     * logging MDC under {@link CorrelationIds#MDC_KEY}); none outside of either.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(Object data, String subject) {
        return publish(data, subject, currentCorrelationId());
    }

    private static String currentCorrelationId() {
        Object current = MDC.get(CorrelationIds.MDC_KEY);
        return current == null ? null : current.toString();
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // the row is written with the rest of the transaction
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
