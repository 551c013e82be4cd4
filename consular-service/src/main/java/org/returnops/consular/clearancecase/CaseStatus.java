package org.returnops.consular.clearancecase;

/** The life of a clearance case. */
public enum CaseStatus {
    OPEN,
    CLEARED,
    DENIED,
    CANCELLED,
    CLOSED
}
