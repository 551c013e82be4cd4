package org.returnops.messaging.inbox;

/**
 * Applies one type of event to the service's state; declared in the service's {@link EventHandlerTable},
 * usually as a method reference. The consumer calls it inside the transaction that also records the event
 * id, so it has effect at most once per event even when the broker delivers the event again. Throw
 * {@link PoisonEvent} for an event that can never be applied; any other exception is retried, then
 * dead-lettered.
 *
 * @param <T> the record of the event type, one of the catalogue
 */
@FunctionalInterface
public interface EventHandler<T extends Record> {

    void handle(T data, DeliveredEvent event);
}
