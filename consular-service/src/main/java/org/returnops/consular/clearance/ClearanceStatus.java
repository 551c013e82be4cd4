package org.returnops.consular.clearance;

/** Where one clearance stands. */
public enum ClearanceStatus {
    PENDING,
    GRANTED,
    DENIED,
    CANCELLED
}
