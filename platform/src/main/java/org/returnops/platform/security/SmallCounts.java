package org.returnops.platform.security;

/**
 * The observer's figures show no count under {@value #SMALLEST_SHOWN}, so no small group of people can be
 * singled out; every service's statistics suppress the same way.
 */
public final class SmallCounts {

    /** Below this, a count is not shown to the observer. */
    public static final int SMALLEST_SHOWN = 5;

    private SmallCounts() {
    }

    /** The count as the observer sees it: null (suppressed) when under {@value #SMALLEST_SHOWN}. */
    public static Long shown(Long count) {
        return count == null || count < SMALLEST_SHOWN ? null : count;
    }
}
