package org.returnops.registry.migrant;

import org.returnops.platform.problem.DomainProblem;

import java.util.UUID;

public class MigrantNotFound extends DomainProblem.NotFound {

    public MigrantNotFound(UUID id) {
        super("There is no registered person with id " + id + ".");
    }
}
