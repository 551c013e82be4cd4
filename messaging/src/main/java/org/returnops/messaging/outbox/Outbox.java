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
import org.returnops.messaging.MessagingConfig;

import java.util.List;
import java.util.UUID;

/**
 * Records an event in the same database transaction as the state change it announces. Nothing is sent
 * here: the relay publishes the row after the commit, so an event is never lost when the broker or the
 * process fails, and never announced for a change that rolled back.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    MessagingConfig config;

    /**
     * Records the event; must run inside the caller's transaction.
     *
     * @param data    a record of the event catalogue
     * @param subject the aggregate id: the Kafka key, which keeps one aggregate's events in order
     * @throws IllegalStateException if the data breaks its schema (a bug: the transaction rolls back)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(Object data, String subject, String correlationId) {
        EventEnvelope envelope = CloudEventCodec.envelope(data, config.source(), subject, correlationId);
        EventType type = EventType.of(data.getClass());
        List<String> violations = EventSchemas.violations(type, envelope.dataJson());
        if (!violations.isEmpty()) {
            throw new IllegalStateException("refusing to publish " + type.type() + " that breaks its schema: "
                    + violations);
        }
        entityManager.createNativeQuery("""
                        insert into outbox_event (id, topic, event_key, type, payload, correlation_id)
                        values (:id, :topic, :key, :type, :payload, :correlation)""")
                .setParameter("id", UUID.fromString(envelope.id()))
                .setParameter("topic", type.topic())
                .setParameter("key", subject)
                .setParameter("type", type.type())
                .setParameter("payload", CloudEventCodec.encode(envelope))
                .setParameter("correlation", correlationId)
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return envelope;
    }

    /**
     * Records the event with the correlation id of the work in progress: the request's
     * {@code X-Request-Id}, or the {@code correlationid} of the event being handled (both kept in the
     * logging MDC under {@link CorrelationIds#MDC_KEY}); none outside of either.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(Object data, String subject) {
        Object current = MDC.get(CorrelationIds.MDC_KEY);
        return publish(data, subject, current == null ? null : current.toString());
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
