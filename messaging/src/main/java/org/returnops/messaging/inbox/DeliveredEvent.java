package org.returnops.messaging.inbox;

import org.returnops.contracts.ReceivedEvent;

/**
 * An event as it arrived: where from (topic, partition, offset, key) and its envelope. A handler may act on
 * the topic (who may send what is decided by the topic an event arrives on) and names the event it applies
 * as the cause of what it changes.
 */
public record DeliveredEvent(String topic, int partition, long offset, String key, ReceivedEvent envelope) {

    /** The CloudEvents {@code id}: what the inbox deduplicates on. */
    public String id() {
        return envelope.id();
    }

    /** The CloudEvents {@code type}, e.g. {@code migrant.cleared.v1}. */
    public String type() {
        return envelope.type();
    }

    /** The aggregate id the event is about. */
    public String subject() {
        return envelope.subject();
    }

    /** The correlation id of the flow the event belongs to; may be null. */
    public String correlationId() {
        return envelope.correlationId();
    }
}
