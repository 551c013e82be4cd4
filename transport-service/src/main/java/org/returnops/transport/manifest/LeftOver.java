package org.returnops.transport.manifest;

import java.util.UUID;

/**
 * A person who stays in the pool, at a place in the stated order (from 1), and why; the destination region they
 * are bound for is given when the route is the reason.
 */
public record LeftOver(int position, UUID migrantId, UUID householdId, LeftOverReason reason,
        String destinationRegion) {

    public LeftOver(int position, UUID migrantId, UUID householdId, LeftOverReason reason) {
        this(position, migrantId, householdId, reason, null);
    }
}
