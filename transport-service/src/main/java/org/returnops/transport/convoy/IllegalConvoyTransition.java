package org.returnops.transport.convoy;

import org.returnops.platform.problem.DomainProblem;

/** A convoy status change the lifecycle does not allow. */
public class IllegalConvoyTransition extends DomainProblem {

    public IllegalConvoyTransition(ConvoyStatus from, ConvoyStatus to) {
        super(409, "illegal-transition", "Status change not allowed",
                "A convoy cannot go from " + from + " to " + to + "; from " + from + " the next status can be "
                        + (from.next().isEmpty() ? "none (" + from + " is final)" : from.next().toString()) + ".");
    }

    public IllegalConvoyTransition(ConvoyStatus status, String action, String allowedWhen) {
        super(409, "illegal-transition", "Status change not allowed",
                "A convoy that is " + status + " cannot " + action + "; only a convoy that is " + allowedWhen + " can.");
    }
}
