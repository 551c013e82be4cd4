package org.returnops.transport.manifest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnops.transport.manifest.People.DEPARTURE;
import static org.returnops.transport.manifest.People.adult;
import static org.returnops.transport.manifest.People.bus;
import static org.returnops.transport.manifest.People.child;
import static org.returnops.transport.manifest.People.clearedAt;
import static org.returnops.transport.manifest.People.household;
import static org.returnops.transport.manifest.People.id;
import static org.returnops.transport.manifest.People.notCleared;
import static org.returnops.transport.manifest.People.validUntil;
import static org.returnops.transport.manifest.People.vehicleId;
import static org.returnops.transport.manifest.People.with;

class ManifestPackerTest {

    private static Map<UUID, SeatAssignment> byPerson(Packing packing) {
        return packing.seats().stream().collect(Collectors.toMap(SeatAssignment::migrantId, s -> s));
    }

    private static Map<UUID, LeftOverReason> reasons(Packing packing) {
        return packing.leftOver().stream().collect(Collectors.toMap(LeftOver::migrantId, LeftOver::reason));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void everyoneFitsAndSeatsAreNumberedFromTheFront() {
        Packing packing = ManifestPacker.pack(List.of(adult(1, null), adult(2, null), adult(3, null)),
                List.of(bus(1, 10, 0, false)), DEPARTURE);

        assertThat(packing.leftOver()).isEmpty();
        assertThat(packing.seats()).extracting(SeatAssignment::seat).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(packing.seats()).extracting(SeatAssignment::vehicleId).containsOnly(vehicleId(1));
    }

    @Test
    void anEmptyPoolGivesAnEmptyManifest() {
        Packing packing = ManifestPacker.pack(List.of(), List.of(bus(1, 10, 0, false)), DEPARTURE);

        assertThat(packing.seats()).isEmpty();
        assertThat(packing.leftOver()).isEmpty();
    }

    @Test
    void noVehicleMeansEveryoneStaysWithNoSeatsLeft() {
        Packing packing = ManifestPacker.pack(List.of(adult(1, null)), List.of(), DEPARTURE);

        assertThat(packing.leftOver()).containsExactly(new LeftOver(1, id(1), null, LeftOverReason.NO_SEATS_LEFT));
    }

    @Test
    void aHouseholdIsNeverSplitEvenWhenSeatsAreFreeInTwoVehicles() {
        List<Passenger> family = List.of(adult(1, 1), adult(2, 1), child(3, 1), child(4, 1));
        Packing packing = ManifestPacker.pack(family, List.of(bus(1, 2, 0, false), bus(2, 3, 0, false)), DEPARTURE);

        assertThat(packing.seats()).isEmpty();
        assertThat(packing.leftOver()).extracting(LeftOver::reason)
                .containsOnly(LeftOverReason.HOUSEHOLD_WOULD_BE_SPLIT);
        assertThat(packing.leftOver()).extracting(LeftOver::position).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aHouseholdGoesWholeIntoTheVehicleThatFitsItBest() {
        List<Passenger> pool = List.of(adult(1, 1), adult(2, 1), adult(3, 1),
                clearedAt(adult(4, null), People.CLEARED.plusSeconds(60)));
        Packing packing = ManifestPacker.pack(pool, List.of(bus(1, 45, 0, false), bus(2, 3, 0, false)), DEPARTURE);

        Map<UUID, SeatAssignment> seats = byPerson(packing);
        assertThat(List.of(seats.get(id(1)), seats.get(id(2)), seats.get(id(3))))
                .extracting(SeatAssignment::vehicleId).containsOnly(vehicleId(2));
        assertThat(seats.get(id(4)).vehicleId()).isEqualTo(vehicleId(1));
    }

    @Test
    void neverOverCapacityTheRestStayInTheStatedOrder() {
        List<Passenger> pool = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            pool.add(clearedAt(adult(n, null), People.CLEARED.plusSeconds(n)));
        }
        Packing packing = ManifestPacker.pack(pool, List.of(bus(1, 4, 0, false)), DEPARTURE);

        assertThat(packing.seats()).hasSize(4).extracting(SeatAssignment::migrantId)
                .containsExactly(id(1), id(2), id(3), id(4));
        assertThat(packing.leftOver()).containsExactly(
                new LeftOver(1, id(5), null, LeftOverReason.NO_SEATS_LEFT),
                new LeftOver(2, id(6), null, LeftOverReason.NO_SEATS_LEFT));
    }

    @Test
    void vulnerablePeopleAreSeatedBeforeOthersWhoWereClearedEarlier() {
        Passenger early = clearedAt(adult(1, null), People.CLEARED.minusSeconds(3600));
        Passenger elderly = with(adult(2, null), Set.of("ELDERLY"), Set.of());
        Passenger pregnant = with(adult(3, null), Set.of("PREGNANT"), Set.of());
        Packing packing = ManifestPacker.pack(List.of(early, elderly, pregnant), List.of(bus(1, 2, 0, false)),
                DEPARTURE);

        assertThat(byPerson(packing)).containsOnlyKeys(id(2), id(3));
        assertThat(packing.leftOver()).containsExactly(new LeftOver(1, id(1), null, LeftOverReason.NO_SEATS_LEFT));
    }

    @Test
    void theTiersComeInTheDocumentedOrder() {
        Passenger plain = adult(1, null);
        Passenger medical = with(adult(2, null), Set.of("SERIOUS_MEDICAL_CONDITION"), Set.of());
        Passenger escorted = with(adult(3, null), Set.of(), Set.of("ESCORT"));
        Passenger wheelchair = with(adult(4, null), Set.of("DISABILITY"), Set.of("WHEELCHAIR"));
        Packing packing = ManifestPacker.pack(List.of(plain, medical, escorted, wheelchair),
                List.of(bus(1, 10, 2, true)), DEPARTURE);

        assertThat(packing.seats()).extracting(SeatAssignment::migrantId)
                .containsExactly(id(4), id(3), id(2), id(1));
    }

    @Test
    void aWheelchairUserGetsAnAccessibleSeatAndOthersLeaveThemFree() {
        Passenger wheelchair = with(adult(1, 1), Set.of("DISABILITY"), Set.of("WHEELCHAIR"));
        Passenger partner = adult(2, 1);
        Packing packing = ManifestPacker.pack(List.of(partner, wheelchair, adult(3, null)),
                List.of(bus(1, 45, 0, false), bus(2, 12, 2, false)), DEPARTURE);

        Map<UUID, SeatAssignment> seats = byPerson(packing);
        assertThat(seats.get(id(1))).isEqualTo(new SeatAssignment(id(1), vehicleId(2), 1));
        assertThat(seats.get(id(2)).vehicleId()).isEqualTo(vehicleId(2));
        assertThat(seats.get(id(2)).seat()).isGreaterThan(2);
    }

    @Test
    void withoutAFreeAccessibleSeatTheHouseholdStaysAndSaysWhy() {
        Passenger lying = with(adult(1, 1), Set.of("SERIOUS_MEDICAL_CONDITION"), Set.of("LYING_POSITION"));
        Passenger wheelchair = with(adult(2, 1), Set.of("DISABILITY"), Set.of("WHEELCHAIR"));
        Passenger daughter = adult(3, 1);
        Packing packing = ManifestPacker.pack(List.of(lying, wheelchair, daughter), List.of(bus(1, 45, 1, false)),
                DEPARTURE);

        assertThat(packing.seats()).isEmpty();
        assertThat(reasons(packing)).containsOnlyKeys(id(1), id(2), id(3))
                .containsValue(LeftOverReason.NO_ACCESSIBLE_SEAT_LEFT).hasSize(3);
        assertThat(packing.leftOver()).extracting(LeftOver::reason).containsOnly(LeftOverReason.NO_ACCESSIBLE_SEAT_LEFT);
    }

    @Test
    void anUnaccompaniedChildTravelsOnlyWithAnEscortAboard() {
        Passenger child = with(child(1, null), Set.of("UNACCOMPANIED_CHILD"), Set.of());
        Packing withoutEscort = ManifestPacker.pack(List.of(child), List.of(bus(1, 45, 0, false)), DEPARTURE);
        Packing withEscort = ManifestPacker.pack(List.of(child),
                List.of(bus(1, 45, 0, false), bus(2, 45, 0, true)), DEPARTURE);

        assertThat(withoutEscort.leftOver()).containsExactly(
                new LeftOver(1, id(1), null, LeftOverReason.NO_ESCORT_WITH_ROOM));
        assertThat(withEscort.seats()).containsExactly(new SeatAssignment(id(1), vehicleId(2), 1));
    }

    @Test
    void siblingsWithoutAnAdultCountAsUnaccompaniedEvenWithoutTheCode() {
        List<Passenger> siblings = List.of(child(1, 7), child(2, 7));
        Packing packing = ManifestPacker.pack(siblings, List.of(bus(1, 45, 0, false)), DEPARTURE);
        Packing withAdult = ManifestPacker.pack(List.of(child(1, 7), child(2, 7), adult(3, 7)),
                List.of(bus(1, 45, 0, false)), DEPARTURE);

        assertThat(packing.leftOver()).extracting(LeftOver::reason).containsOnly(LeftOverReason.NO_ESCORT_WITH_ROOM);
        assertThat(withAdult.seats()).hasSize(3);
    }

    @Test
    void aPersonTurningEighteenBeforeDepartureIsAnAdult() {
        Passenger almostAdult = new Passenger(id(1), null, Set.of(), Set.of(), People.DEPARTURE
                .atZone(java.time.ZoneOffset.UTC).toLocalDate().minusYears(18), true, People.CLEARED, null);
        Packing packing = ManifestPacker.pack(List.of(almostAdult), List.of(bus(1, 45, 0, false)), DEPARTURE);

        assertThat(packing.seats()).hasSize(1);
    }

    @Test
    void aSeparatedChildSitsNearTheEscortAtTheFront() {
        Passenger separated = with(child(1, 3), Set.of("SEPARATED_CHILD"), Set.of());
        Passenger aunt = adult(2, 3);
        Packing packing = ManifestPacker.pack(List.of(aunt, separated, adult(4, null)),
                List.of(bus(1, 45, 0, true)), DEPARTURE);

        Map<UUID, SeatAssignment> seats = byPerson(packing);
        assertThat(seats.get(id(1)).seat()).isEqualTo(1);
        assertThat(seats.get(id(2)).seat()).isEqualTo(2);
        assertThat(seats.get(id(4)).seat()).isEqualTo(3);
    }

    @Test
    void nearToiletTakesTheLastSeat() {
        Passenger toilet = with(adult(1, null), Set.of("SERIOUS_MEDICAL_CONDITION"), Set.of("NEAR_TOILET"));
        Packing packing = ManifestPacker.pack(List.of(toilet), List.of(bus(1, 45, 2, false)), DEPARTURE);

        assertThat(packing.seats()).containsExactly(new SeatAssignment(id(1), vehicleId(1), 45));
    }

    @Test
    void aClearanceEndingBeforeDepartureKeepsThePersonAndTheirHouseholdInThePool() {
        Passenger expiring = validUntil(adult(1, 5), DEPARTURE.minusSeconds(1));
        Passenger atDeparture = validUntil(adult(3, null), DEPARTURE);
        Passenger later = validUntil(adult(4, null), DEPARTURE.plusSeconds(3600));
        Packing packing = ManifestPacker.pack(List.of(expiring, adult(2, 5), atDeparture, later),
                List.of(bus(1, 45, 0, false)), DEPARTURE);

        assertThat(byPerson(packing)).containsOnlyKeys(id(4));
        assertThat(reasons(packing)).isEqualTo(Map.of(
                id(1), LeftOverReason.CLEARANCE_ENDS_BEFORE_DEPARTURE,
                id(2), LeftOverReason.HOUSEHOLD_NOT_ALL_ELIGIBLE,
                id(3), LeftOverReason.CLEARANCE_ENDS_BEFORE_DEPARTURE));
    }

    @Test
    void aHouseholdWaitsForItsMembersWhoAreNotClearedYet() {
        Packing packing = ManifestPacker.pack(List.of(adult(1, 9), notCleared(child(2, 9))),
                List.of(bus(1, 45, 0, false)), DEPARTURE);

        assertThat(packing.seats()).isEmpty();
        assertThat(reasons(packing)).isEqualTo(Map.of(id(1), LeftOverReason.HOUSEHOLD_NOT_ALL_ELIGIBLE,
                id(2), LeftOverReason.NOT_CLEARED));
    }

    @Test
    void seatsAlreadyTakenAreKeptWhenTheManifestIsToppedUp() {
        Vehicle half = new Vehicle(vehicleId(1), 4, 1, false, Set.of(1, 2, 3));
        Packing packing = ManifestPacker.pack(List.of(adult(1, null), adult(2, null)), List.of(half), DEPARTURE);

        assertThat(packing.seats()).containsExactly(new SeatAssignment(id(1), vehicleId(1), 4));
        assertThat(packing.leftOver()).containsExactly(new LeftOver(1, id(2), null, LeftOverReason.NO_SEATS_LEFT));
    }

    @Test
    void aPlainPassengerTakesAnAccessibleSeatOnlyWhenNoOtherIsFree() {
        Packing packing = ManifestPacker.pack(List.of(adult(1, null), adult(2, null), adult(3, null)),
                List.of(bus(1, 3, 1, false)), DEPARTURE);

        assertThat(packing.seats()).extracting(SeatAssignment::seat).containsExactly(2, 3, 1);
    }

    @Test
    void theSameInputGivesTheSameManifest() {
        List<Passenger> pool = List.of(adult(3, 1), adult(1, 1), with(adult(2, null), Set.of("ELDERLY"), Set.of()),
                adult(4, 2), child(5, 2));
        List<Vehicle> vehicles = List.of(bus(1, 3, 0, false), bus(2, 3, 0, false));

        assertThat(ManifestPacker.pack(pool, vehicles, DEPARTURE)).isEqualTo(ManifestPacker.pack(pool, vehicles,
                DEPARTURE));
        assertThat(ManifestPacker.pack(reversed(pool), vehicles, DEPARTURE).seats())
                .containsExactlyInAnyOrderElementsOf(ManifestPacker.pack(pool, vehicles, DEPARTURE).seats());
    }

    @Test
    void aSmallerHouseholdStillFitsWhenALargerOneBeforeItDoesNot() {
        List<Passenger> pool = List.of(adult(1, 1), adult(2, 1), adult(3, 1),
                clearedAt(adult(4, null), People.CLEARED.plusSeconds(60)));
        Packing packing = ManifestPacker.pack(pool, List.of(bus(1, 2, 0, false)), DEPARTURE);

        assertThat(byPerson(packing)).containsOnlyKeys(id(4));
        assertThat(packing.leftOver()).extracting(LeftOver::householdId).containsOnly(household(1));
        assertThat(packing.leftOver()).extracting(LeftOver::reason).containsOnly(LeftOverReason.NO_SEATS_LEFT);
    }
}
