package org.returnops.messaging.inbox;

import org.returnops.contracts.EventType;

import java.util.EnumMap;
import java.util.Map;

/** The event types a service handles, each with its record class and handler. */
public final class EventHandlers {

    private final Map<EventType, Entry<?>> entries = new EnumMap<>(EventType.class);

    /**
     * Declares the handler of one event type.
     *
     * @throws IllegalArgumentException if the record class is not the type's record in the catalogue
     * @throws IllegalStateException    if the type already has a handler
     */
    public <T extends Record> EventHandlers on(EventType type, Class<T> dataClass, EventHandler<T> handler) {
        if (!type.dataClass().equals(dataClass)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getSimpleName() + ", not "
                    + dataClass.getSimpleName());
        }
        if (entries.putIfAbsent(type, new Entry<>(dataClass, handler)) != null) {
            throw new IllegalStateException(type.type() + " has two handlers");
        }
        return this;
    }

    /** The handler of a type, or null when the service does not handle it. */
    Entry<?> get(EventType type) {
        return entries.get(type);
    }

    /** A handler with the record class it reads. */
    record Entry<T extends Record>(Class<T> dataClass, EventHandler<T> handler) {

        void apply(Object data, DeliveredEvent event) {
            handler.handle(dataClass.cast(data), event);
        }
    }
}
