package org.returnops.transport.manifest;

/** Why a person stays in the pool after a manifest is built; each is said in the response. */
public enum LeftOverReason {
    /** Not every clearance is granted yet (a household member waiting for the rest of the household's clearances). */
    NOT_CLEARED,
    /** Their clearance ends at or before the planned departure. */
    CLEARANCE_ENDS_BEFORE_DEPARTURE,
    /** Another member of their household is not eligible for this departure: households travel together. */
    HOUSEHOLD_NOT_ALL_ELIGIBLE,
    /** An unaccompanied or separated child, or a person who needs an escort, and no vehicle with an escort has room. */
    NO_ESCORT_WITH_ROOM,
    /** A person of the household needs an accessible seat and no vehicle has enough of them free with room. */
    NO_ACCESSIBLE_SEAT_LEFT,
    /** Enough seats are free in the convoy, but no single vehicle can take the whole household. */
    HOUSEHOLD_WOULD_BE_SPLIT,
    /** The convoy has fewer free seats than the household has people. */
    NO_SEATS_LEFT,
    /** The person, or a member of their household, has no destination region: nobody can say which route is theirs. */
    NO_DESTINATION,
    /** The person, or a member of their household, is bound for a region the convoy's route does not serve. */
    DESTINATION_NOT_SERVED
}
