package org.returnops.transport.crossing;

import org.returnops.platform.problem.DomainProblem;

public class CrossingNotFound extends DomainProblem.NotFound {

    public CrossingNotFound(String code) {
        super("There is no border crossing with code " + code + ".");
    }
}
