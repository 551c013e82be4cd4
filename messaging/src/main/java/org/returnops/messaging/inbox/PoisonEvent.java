package org.returnops.messaging.inbox;

/**
 * An event that can never be applied (it names something that does not exist, or comes from a
 * sender not allowed to send it): it goes to the dead-letter topic at once, with this message as the
 * reason, and the partition moves on.
 */
public class PoisonEvent extends RuntimeException {

    public PoisonEvent(String reason) {
        super(reason, null, false, false);
    }
}
