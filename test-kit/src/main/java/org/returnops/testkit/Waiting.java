package org.returnops.testkit;

import org.awaitility.core.ConditionFactory;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * How long a test waits for what happens after a call returns (an event consumed, a relay published, a
 * service up), said once: {@code Waiting.until("the case exists").untilAsserted(...)}. Awaitility polls and
 * fails with the description and the last assertion error when the time is up. It polls in the test's own
 * thread, so a condition may use what the test may (an injected {@code EntityManager}, the request context).
 */
public final class Waiting {

    /** Long enough for a consumer on a busy two-core machine; a test that needs more says so. */
    public static final Duration AT_MOST = Duration.ofSeconds(30);
    public static final Duration POLL = Duration.ofMillis(100);

    private Waiting() {
    }

    /** Waits up to {@link #AT_MOST}, polling every {@link #POLL}. */
    public static ConditionFactory until(String what) {
        return until(what, AT_MOST);
    }

    public static ConditionFactory until(String what, Duration atMost) {
        return await(what).atMost(atMost).pollInterval(POLL).pollDelay(Duration.ZERO).pollInSameThread();
    }
}
