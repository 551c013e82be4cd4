package org.returnops.transport.manifest;

import java.util.UUID;

/** A person who stays in the pool, at a place in the stated order (from 1), and why. */
public record LeftOver(int position, UUID migrantId, UUID householdId, LeftOverReason reason) {
}
