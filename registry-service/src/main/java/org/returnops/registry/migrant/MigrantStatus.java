package org.returnops.registry.migrant;

/** Where a person is in the return (DESIGN.md, "The flow of one return"). */
public enum MigrantStatus {
    REGISTERED,
    CLEARANCE_PENDING,
    CLEARED,
    ASSIGNED,
    IN_TRANSIT,
    ARRIVED,
    WITHDRAWN,
    CLEARANCE_DENIED,
    NO_SHOW
}
