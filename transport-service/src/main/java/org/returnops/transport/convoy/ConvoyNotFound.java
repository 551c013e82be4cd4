package org.returnops.transport.convoy;

import org.returnops.platform.problem.DomainProblem;

import java.util.UUID;

public class ConvoyNotFound extends DomainProblem.NotFound {

    public ConvoyNotFound(UUID id) {
        super("There is no convoy with id " + id + ".");
    }
}
