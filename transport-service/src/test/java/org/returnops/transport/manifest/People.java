package org.returnops.transport.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Builders of packer input for the tests: deterministic ids so failures read the same every run. */
final class People {

    static final Instant DEPARTURE = Instant.parse("2020-10-20T05:00:00Z");
    static final Instant CLEARED = Instant.parse("2020-10-15T10:00:00Z");
    static final LocalDate ADULT = LocalDate.parse("1990-05-01");
    static final LocalDate CHILD = LocalDate.parse("2010-05-01");

    private People() {
    }

    static UUID id(int n) {
        return new UUID(0x1000L, n);
    }

    static UUID household(int n) {
        return new UUID(0x2000L, n);
    }

    static UUID vehicleId(int n) {
        return new UUID(0x3000L, n);
    }

    static Passenger adult(int n, Integer household) {
        return new Passenger(id(n), household == null ? null : household(household), Set.of(), Set.of(), ADULT, true,
                CLEARED, null);
    }

    static Passenger child(int n, Integer household) {
        return new Passenger(id(n), household == null ? null : household(household), Set.of(), Set.of(), CHILD, true,
                CLEARED, null);
    }

    static Passenger with(Passenger p, Set<String> vulnerabilities, Set<String> seatNeeds) {
        return new Passenger(p.id(), p.householdId(), vulnerabilities, seatNeeds, p.dateOfBirth(), p.cleared(),
                p.clearedAt(), p.validUntil());
    }

    static Passenger clearedAt(Passenger p, Instant at) {
        return new Passenger(p.id(), p.householdId(), p.vulnerabilities(), p.seatNeeds(), p.dateOfBirth(),
                p.cleared(), at, p.validUntil());
    }

    static Passenger validUntil(Passenger p, Instant until) {
        return new Passenger(p.id(), p.householdId(), p.vulnerabilities(), p.seatNeeds(), p.dateOfBirth(),
                p.cleared(), p.clearedAt(), until);
    }

    static Passenger notCleared(Passenger p) {
        return new Passenger(p.id(), p.householdId(), p.vulnerabilities(), p.seatNeeds(), p.dateOfBirth(), false,
                null, null);
    }

    static Vehicle bus(int n, int seats, int accessible, boolean escort) {
        return new Vehicle(vehicleId(n), seats, accessible, escort);
    }
}
