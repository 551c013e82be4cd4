package org.returnops.contracts.events;

import org.returnops.contracts.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Records that a manifested person was missing at boarding or on arrival, so they are traced, not forgotten. */
public record MigrantNoShow(UUID migrantId, UUID convoyId, String stage, @Nullable String reason, Instant recordedAt) {

    /** The stage of a person the convoy left without; they may be seated on a later convoy. */
    public static final String DID_NOT_BOARD = "BOARDING";

    /** The stage of a person who boarded but was not there on arrival. */
    public static final String MISSING_ON_ARRIVAL = "ARRIVAL";
}
