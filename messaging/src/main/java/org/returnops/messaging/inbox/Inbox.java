package org.returnops.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.returnops.contracts.EventEnvelope;

/** The transaction in which an event is applied and its id recorded, together or not at all. */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    /**
     * @return false when this consumer group already applied the event (a redelivery): nothing is done
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T extends Record> boolean apply(String consumer, String topic, EventEnvelope envelope,
            EventHandler<T> handler) {
        int recorded = entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id, type, topic)
                        values (:consumer, :id, :type, :topic) on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", envelope.id())
                .setParameter("type", envelope.type())
                .setParameter("topic", topic)
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        handler.handle(envelope.data(handler.dataClass()), envelope, topic);
        return true;
    }
}
