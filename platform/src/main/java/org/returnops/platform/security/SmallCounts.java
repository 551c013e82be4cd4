package org.returnops.platform.security;

import java.util.List;
import java.util.function.UnaryOperator;

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

    /** The figures as the caller may see them: in full for the operator, else each as {@code forObserver} makes it. */
    public static <T> List<T> asSeenBy(PartnerIdentity caller, List<T> figures, UnaryOperator<T> forObserver) {
        return caller.hasRole(Roles.OPERATOR) ? figures : figures.stream().map(forObserver).toList();
    }
}
