package org.returnops.registry.migrant;

import org.returnops.platform.problem.DomainProblem;

/** A status change the lifecycle does not allow. */
public class IllegalTransition extends DomainProblem {

    public IllegalTransition(MigrantStatus from, MigrantStatus to) {
        super(409, "illegal-transition", "Status change not allowed",
                "A person cannot go from " + from + " to " + to + "; from " + from + " the next status can be "
                        + (from.isFinal() ? "none (" + from + " is final)" : from.next().toString()) + ".");
    }
}
