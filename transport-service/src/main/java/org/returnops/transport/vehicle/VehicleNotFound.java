package org.returnops.transport.vehicle;

import org.returnops.platform.problem.DomainProblem;

import java.util.UUID;

public class VehicleNotFound extends DomainProblem.NotFound {

    public VehicleNotFound(UUID id) {
        super("There is no vehicle with id " + id + ".");
    }
}
