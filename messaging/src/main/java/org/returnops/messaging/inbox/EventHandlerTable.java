package org.returnops.messaging.inbox;

/**
 * A bean that declares which events a part of the service handles, and with which method, in one place
 * (eventuate-tram's handler builder): {@code handlers.on(EventType.MIGRANT_CLEARED, MigrantCleared.class,
 * status::cleared)}. The consumer collects every table of the service at start; a type declared twice is
 * refused then.
 */
public interface EventHandlerTable {

    void declare(EventHandlers handlers);
}
