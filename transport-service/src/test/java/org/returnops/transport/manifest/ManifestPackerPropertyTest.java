package org.returnops.transport.manifest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random pools and convoys (plain JUnit, seeded {@link Random}; the seed of a failing case is in the message):
 * whatever the input, the manifest is never over capacity, never splits a household, seats only eligible
 * people, meets every accessible-seat and escort need, and accounts for every person exactly once.
 */
class ManifestPackerPropertyTest {

    private static final int CASES = 500;
    private static final Instant DEPARTURE = People.DEPARTURE;
    private static final List<String> VULNERABILITIES = List.of("UNACCOMPANIED_CHILD", "SEPARATED_CHILD", "ELDERLY",
            "PREGNANT", "SERIOUS_MEDICAL_CONDITION", "DISABILITY", "TRAFFICKING_VICTIM", "SINGLE_PARENT");
    private static final List<String> SEAT_NEEDS = List.of("WHEELCHAIR", "LYING_POSITION", "ESCORT", "NEAR_TOILET");

    @Test
    void theRulesHoldForRandomPools() {
        long base = Long.getLong("packer.seed", System.nanoTime());
        for (int i = 0; i < CASES; i++) {
            long seed = base + i;
            Random random = new Random(seed);
            List<Passenger> pool = pool(random);
            List<Vehicle> vehicles = vehicles(random);
            try {
                check(pool, vehicles, ManifestPacker.pack(pool, vehicles, DEPARTURE));
            } catch (AssertionError e) {
                throw new AssertionError("rule broken for seed " + seed + " (rerun with -Dpacker.seed=" + seed
                        + "): " + e.getMessage(), e);
            }
        }
    }

    private static void check(List<Passenger> pool, List<Vehicle> vehicles, Packing packing) {
        Map<UUID, Passenger> people = new HashMap<>();
        pool.forEach(p -> people.put(p.id(), p));
        Map<UUID, Vehicle> byId = new HashMap<>();
        vehicles.forEach(v -> byId.put(v.id(), v));

        Set<UUID> accounted = new HashSet<>();
        Map<UUID, Set<Integer>> seatsUsed = new HashMap<>();
        Map<UUID, UUID> householdVehicle = new HashMap<>();
        for (SeatAssignment seat : packing.seats()) {
            Passenger person = people.get(seat.migrantId());
            Vehicle vehicle = byId.get(seat.vehicleId());
            assertThat(person).as("seated person is from the pool").isNotNull();
            assertThat(vehicle).as("vehicle is of the convoy").isNotNull();
            assertThat(person.validOn(DEPARTURE)).as("seated person is eligible at departure").isTrue();
            assertThat(accounted.add(person.id())).as("person seated once").isTrue();
            assertThat(seat.seat()).as("seat exists").isBetween(1, vehicle.seats());
            assertThat(vehicle.takenSeats()).as("seat was free").doesNotContain(seat.seat());
            assertThat(seatsUsed.computeIfAbsent(vehicle.id(), v -> new HashSet<>()).add(seat.seat()))
                    .as("seat given once").isTrue();
            if (person.needsAccessibleSeat()) {
                assertThat(seat.seat()).as("accessible seat").isLessThanOrEqualTo(vehicle.accessibleSeats());
            }
            if (person.needsEscort()) {
                assertThat(vehicle.escortAboard()).as("escort aboard").isTrue();
            }
            UUID household = household(person);
            UUID other = householdVehicle.putIfAbsent(household, vehicle.id());
            assertThat(other == null || other.equals(vehicle.id())).as("household in one vehicle").isTrue();
        }
        for (Vehicle vehicle : vehicles) {
            int used = seatsUsed.getOrDefault(vehicle.id(), Set.of()).size();
            assertThat(used + vehicle.takenSeats().size()).as("capacity").isLessThanOrEqualTo(vehicle.seats());
        }
        int position = 0;
        for (LeftOver left : packing.leftOver()) {
            assertThat(left.position()).isEqualTo(++position);
            assertThat(accounted.add(left.migrantId())).as("person accounted once").isTrue();
            assertThat(householdVehicle).as("household left whole").doesNotContainKey(
                    household(people.get(left.migrantId())));
        }
        assertThat(accounted).as("everyone seated or left over").isEqualTo(people.keySet());
        for (Map.Entry<UUID, UUID> entry : householdVehicle.entrySet()) {
            List<Passenger> members = pool.stream().filter(p -> household(p).equals(entry.getKey())).toList();
            boolean minorsOnly = members.stream().allMatch(p -> p.minorOn(LocalDate.parse("2020-10-20")));
            if (minorsOnly) {
                assertThat(byId.get(entry.getValue()).escortAboard()).as("children alone travel with an escort")
                        .isTrue();
            }
        }
    }

    private static UUID household(Passenger person) {
        return person.householdId() == null ? person.id() : person.householdId();
    }

    private static List<Passenger> pool(Random random) {
        List<Passenger> pool = new ArrayList<>();
        int households = random.nextInt(60);
        for (int h = 0; h < households; h++) {
            UUID household = random.nextInt(4) == 0 ? null : UUID.randomUUID();
            int size = household == null ? 1 : 1 + random.nextInt(7);
            for (int m = 0; m < size; m++) {
                Set<String> vulnerabilities = new HashSet<>();
                Set<String> needs = new HashSet<>();
                if (random.nextInt(5) == 0) {
                    vulnerabilities.add(VULNERABILITIES.get(random.nextInt(VULNERABILITIES.size())));
                }
                if (random.nextInt(8) == 0) {
                    needs.add(SEAT_NEEDS.get(random.nextInt(SEAT_NEEDS.size())));
                }
                LocalDate born = LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1);
                boolean cleared = random.nextInt(20) != 0;
                Instant validUntil = random.nextInt(10) == 0 ? DEPARTURE.plusSeconds(random.nextInt(7200) - 3600L)
                        : null;
                pool.add(new Passenger(new UUID(random.nextLong(), random.nextLong()), household, vulnerabilities,
                        needs, born, cleared, cleared ? DEPARTURE.minusSeconds(random.nextInt(1_000_000)) : null,
                        validUntil));
            }
        }
        return pool;
    }

    private static List<Vehicle> vehicles(Random random) {
        List<Vehicle> vehicles = new ArrayList<>();
        int count = random.nextInt(6);
        for (int v = 0; v < count; v++) {
            int seats = 1 + random.nextInt(50);
            int accessible = random.nextInt(Math.min(seats, 4) + 1);
            Set<Integer> taken = new HashSet<>();
            for (int seat = 1; seat <= seats; seat++) {
                if (random.nextInt(10) == 0) {
                    taken.add(seat);
                }
            }
            vehicles.add(new Vehicle(new UUID(random.nextLong(), random.nextLong()), seats, accessible,
                    random.nextBoolean(), taken));
        }
        return vehicles;
    }
}
