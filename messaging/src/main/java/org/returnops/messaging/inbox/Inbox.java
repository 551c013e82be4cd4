package org.returnops.messaging.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hibernate.Session;
import org.jboss.logging.MDC;
import org.returnops.contracts.CorrelationIds;
import org.returnops.messaging.TraceParent;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The transaction in which events are applied and their ids recorded, together or not at all: a whole
 * polled batch in one transaction, or one event alone when its batch failed.
 */
@ApplicationScoped
public class Inbox {

    @Inject EntityManager entityManager;

    @Inject Tracer tracer;

    /** An event decoded and checked, ready for its handler. */
    record Pending(ConsumerRecord<String, byte[]> record, DeliveredEvent event, Object data,
            EventHandlers.Entry<?> handler) {
    }

    /**
     * Applies the events in order in one transaction: their ids are recorded in one statement, and only
     * those not recorded before (by an earlier delivery, or earlier in this batch) reach their handler. Any
     * failure rolls back the whole batch.
     *
     * @return the events applied; the others were duplicates
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Pending> applyAll(String consumer, List<Pending> batch) {
        Set<String> fresh = record(consumer, batch);
        List<Pending> applied = new ArrayList<>(fresh.size());
        for (Pending pending : batch) {
            if (fresh.remove(pending.event().id())) {
                handle(pending);
                applied.add(pending);
            }
        }
        return applied;
    }

    /** Applies one event alone. @return false when it was applied before (a redelivery): nothing is done */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean apply(String consumer, Pending pending) {
        if (record(consumer, List.of(pending)).isEmpty()) {
            return false;
        }
        handle(pending);
        return true;
    }

    private void handle(Pending pending) {
        DeliveredEvent event = pending.event();
        // what the handler logs and emits carries the correlation id of the event it reacts to, and its span
        // continues the trace of the work that wrote the event (the record's traceparent header)
        MDC.put(CorrelationIds.MDC_KEY, event.correlationId() != null ? event.correlationId() : event.id());
        Header traceparent = pending.record().headers().lastHeader(TraceParent.HEADER);
        Span span = tracer.spanBuilder(event.type() + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceParent.extract(traceparent == null || traceparent.value() == null ? null
                        : new String(traceparent.value(), StandardCharsets.UTF_8)))
                .setAttribute("messaging.destination.name", event.topic())
                .setAttribute("messaging.message.id", event.id())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            pending.handler().apply(pending.data(), event);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
            MDC.remove(CorrelationIds.MDC_KEY);
        }
    }

    /** Inserts the ids not yet recorded, in one statement. @return the ids inserted now */
    private Set<String> record(String consumer, List<Pending> batch) {
        String[] ids = new String[batch.size()];
        String[] types = new String[batch.size()];
        String[] topics = new String[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            DeliveredEvent event = batch.get(i).event();
            ids[i] = event.id();
            types[i] = event.type();
            topics[i] = event.topic();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id, type, topic)
                    select distinct on (u.id) ?, u.id, u.type, u.topic
                    from unnest(?::varchar[], ?::varchar[], ?::varchar[]) as u(id, type, topic)
                    on conflict do nothing
                    returning event_id""")) {
                Array idArray = connection.createArrayOf("varchar", ids);
                insert.setString(1, consumer);
                insert.setArray(2, idArray);
                insert.setArray(3, connection.createArrayOf("varchar", types));
                insert.setArray(4, connection.createArrayOf("varchar", topics));
                Set<String> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getString(1));
                    }
                }
                return inserted;
            }
        });
    }
}
