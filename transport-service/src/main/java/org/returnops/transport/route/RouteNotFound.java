package org.returnops.transport.route;

import org.returnops.platform.problem.DomainProblem;

public class RouteNotFound extends DomainProblem.NotFound {

    public RouteNotFound(String code) {
        super("There is no route with code " + code + ".");
    }
}
