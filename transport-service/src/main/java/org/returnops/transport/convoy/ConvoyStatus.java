package org.returnops.transport.convoy;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a convoy is, and the only changes allowed from each status: PLANNED → MANIFESTED → CONFIRMED →
 * BOARDING → DEPARTED → ARRIVED → CLOSED, and CANCELLED from any status before departure.
 */
public enum ConvoyStatus {
    PLANNED,
    MANIFESTED,
    CONFIRMED,
    BOARDING,
    DEPARTED,
    ARRIVED,
    CLOSED,
    CANCELLED;

    public Set<ConvoyStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(MANIFESTED, CANCELLED);
            case MANIFESTED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(BOARDING, CANCELLED);
            case BOARDING -> EnumSet.of(DEPARTED, CANCELLED);
            case DEPARTED -> EnumSet.of(ARRIVED);
            case ARRIVED -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(ConvoyStatus.class);
        };
    }

    public boolean canBecome(ConvoyStatus to) {
        return next().contains(to);
    }

    /** Still holds its people and vehicles: a withdrawal or an expired clearance takes a person off. */
    public boolean beforeDeparture() {
        return this == PLANNED || this == MANIFESTED || this == CONFIRMED || this == BOARDING;
    }
}
