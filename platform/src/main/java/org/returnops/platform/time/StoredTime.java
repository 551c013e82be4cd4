package org.returnops.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as PostgreSQL keeps them, to the microsecond. An instant cut here before it is stored is the one an
 * event or an answer carries and the one read back later, so the two compare equal; Java's clock has nanoseconds.
 */
public final class StoredTime {

    private StoredTime() {
    }

    /** Now, as it will be stored. */
    public static Instant now() {
        return of(Instant.now());
    }

    /** Now on this clock (a test's fixed clock), as it will be stored. */
    public static Instant now(Clock clock) {
        return of(Instant.now(clock));
    }

    /** The instant as it will be stored; null stays null. */
    public static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
