package org.returnops.transport.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A person the packer may seat, as transport knows them from the registry's and consular's events. Codes are
 * the registry's: vulnerabilities {@code UNACCOMPANIED_CHILD, SEPARATED_CHILD, ELDERLY, PREGNANT,
 * SERIOUS_MEDICAL_CONDITION, DISABILITY, TRAFFICKING_VICTIM, SINGLE_PARENT}; seat needs {@code WHEELCHAIR,
 * LYING_POSITION, ESCORT, NEAR_TOILET}.
 *
 * @param householdId  who travels together; null for a person travelling alone
 * @param dateOfBirth  to tell minors (under 18 on the day of departure); null when unknown (taken as adult)
 * @param cleared      every clearance granted; a household with a member not cleared waits as a whole
 * @param clearedAt    when the person became eligible: earlier clearances are seated first within a tier
 * @param validUntil   when the clearance ends; null for no end. It must not end before the planned departure
 */
public record Passenger(
        UUID id,
        UUID householdId,
        Set<String> vulnerabilities,
        Set<String> seatNeeds,
        LocalDate dateOfBirth,
        boolean cleared,
        Instant clearedAt,
        Instant validUntil) {

    public Passenger {
        vulnerabilities = Set.copyOf(vulnerabilities);
        seatNeeds = Set.copyOf(seatNeeds);
    }

    /** A seat where a wheelchair fits or a person can lie: the vehicle's accessible seats. */
    public boolean needsAccessibleSeat() {
        return seatNeeds.contains("WHEELCHAIR") || seatNeeds.contains("LYING_POSITION");
    }

    /** Must travel in a vehicle with an escort aboard, seated near them. */
    public boolean needsEscort() {
        return seatNeeds.contains("ESCORT") || vulnerabilities.contains("UNACCOMPANIED_CHILD")
                || vulnerabilities.contains("SEPARATED_CHILD");
    }

    public boolean vulnerable() {
        return !vulnerabilities.isEmpty() || !seatNeeds.isEmpty();
    }

    public boolean minorOn(LocalDate day) {
        return dateOfBirth != null && dateOfBirth.plusYears(18).isAfter(day);
    }

    public boolean validOn(Instant departure) {
        return cleared && (validUntil == null || validUntil.isAfter(departure));
    }
}
