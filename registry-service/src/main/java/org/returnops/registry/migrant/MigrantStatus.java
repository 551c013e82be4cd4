package org.returnops.registry.migrant;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a person is in the return, and the only changes allowed from each status (REGISTERED →
 * CLEARANCE_PENDING → CLEARED → ASSIGNED → IN_TRANSIT → ARRIVED, with WITHDRAWN as the exit). A
 * cleared or assigned person goes back to CLEARANCE_PENDING when a clearance expires or lapses before the
 * planned departure (transport then gives the seat up), and an assigned one back to CLEARED when their seat is
 * given up for another reason before departure. CLEARANCE_DENIED stands until the authority takes its denial
 * back (the case is re-opened: CLEARANCE_PENDING) or the person leaves the return (WITHDRAWN). A person who missed
 * a departure (NO_SHOW) may be seated on a later convoy (ASSIGNED), wait for a clearance again or leave; one
 * missing at arrival is never seated again, so NO_SHOW is where their record ends.
 */
public enum MigrantStatus {
    REGISTERED,
    CLEARANCE_PENDING,
    CLEARED,
    ASSIGNED,
    IN_TRANSIT,
    ARRIVED,
    WITHDRAWN,
    CLEARANCE_DENIED,
    NO_SHOW;

    /** The statuses this one may change to. */
    public Set<MigrantStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(CLEARANCE_PENDING, WITHDRAWN);
            case CLEARANCE_PENDING -> EnumSet.of(CLEARED, CLEARANCE_DENIED, WITHDRAWN);
            case CLEARED -> EnumSet.of(ASSIGNED, CLEARANCE_PENDING, WITHDRAWN);
            case ASSIGNED -> EnumSet.of(IN_TRANSIT, CLEARED, CLEARANCE_PENDING, WITHDRAWN, NO_SHOW);
            case IN_TRANSIT -> EnumSet.of(ARRIVED, NO_SHOW);
            case CLEARANCE_DENIED -> EnumSet.of(CLEARANCE_PENDING, WITHDRAWN);
            case NO_SHOW -> EnumSet.of(ASSIGNED, CLEARANCE_PENDING, WITHDRAWN);
            case ARRIVED, WITHDRAWN -> EnumSet.noneOf(MigrantStatus.class);
        };
    }

    public boolean canBecome(MigrantStatus to) {
        return next().contains(to);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
