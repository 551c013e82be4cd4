package org.returnops.messaging.inbox;

import org.returnops.contracts.EventEnvelope;

/**
 * Applies one type of event to the service's state. A CDI bean per event type the service consumes;
 * the consumer calls it inside a transaction that also records the event id, so it runs at most once
 * per event even when the broker delivers the event again. Throw {@link PoisonEvent} for an event that
 * can never be applied; any other exception is retried, then dead-lettered.
 */
public interface EventHandler<T extends Record> {

    /** The record of the event type handled, one of the catalogue. */
    Class<T> dataClass();

    void handle(T data, EventEnvelope envelope);

    /**
     * Applies an event read from the topic: a handler that needs to know the topic overrides this one (an
     * authority's own topic names the authority, which only its principal may write).
     */
    default void handle(T data, EventEnvelope envelope, String topic) {
        handle(data, envelope);
    }
}
