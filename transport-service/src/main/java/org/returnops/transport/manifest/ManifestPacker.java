package org.returnops.transport.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Decides who sits where in a convoy: a pure, deterministic function of the pool, the vehicles and the planned
 * departure (no clock, no database, no randomness), so the same input always gives the same manifest and the
 * rules can be tested on their own.
 *
 * <p>The rules:
 * <ul>
 *   <li>Only eligible people are seated: cleared, with a clearance that does not end before the planned
 *       departure. A household travels whole or not at all: one member not eligible holds the household back.</li>
 *   <li>A household always sits in one vehicle; a vehicle never takes more people than it has free seats.</li>
 *   <li>Households are placed in this priority order, which is also the order of those left in the pool:
 *     <ol>
 *       <li>a member needs an accessible seat ({@code WHEELCHAIR}, {@code LYING_POSITION});</li>
 *       <li>a member needs an escort: seat need {@code ESCORT}, an {@code UNACCOMPANIED_CHILD} or
 *           {@code SEPARATED_CHILD}, or a household of minors only (under 18 on the day of departure);</li>
 *       <li>a member has any other vulnerability or seat need;</li>
 *       <li>everyone else;</li>
 *     </ol>
 *     and within a tier the household cleared first (its last member's clearance) goes first, then by
 *     household id.</li>
 *   <li>Accessible-seat needs are met only with accessible seats; escort needs only in a vehicle with an escort
 *       aboard. Among the vehicles that fit, the one left with the fewest free seats is chosen (best fit, which
 *       keeps room for large households), then the first in the convoy's order.</li>
 *   <li>Inside a vehicle, people needing an accessible seat take the lowest free accessible seats; everyone
 *       else takes the lowest free other seat (the front, near the escort: vulnerable households come first
 *       so they sit there), falling back on accessible seats only when no other is free; {@code NEAR_TOILET}
 *       takes the highest free seat (the toilet is at the back).</li>
 * </ul>
 */
public final class ManifestPacker {

    private ManifestPacker() {
    }

    public static Packing pack(List<Passenger> pool, List<Vehicle> vehicles, Instant plannedDeparture) {
        LocalDate departureDay = LocalDate.ofInstant(plannedDeparture, ZoneOffset.UTC);
        List<Household> households = households(pool, departureDay).stream()
                .sorted(Comparator.comparingInt(Household::tier)
                        .thenComparing(Household::clearedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Household::key))
                .toList();
        List<Space> spaces = vehicles.stream().map(Space::new).toList();
        List<SeatAssignment> seats = new ArrayList<>();
        List<LeftOver> leftOver = new ArrayList<>();
        for (Household household : households) {
            LeftOverReason reason = household.ineligibility(plannedDeparture);
            if (reason == null) {
                Space chosen = null;
                reason = LeftOverReason.NO_SEATS_LEFT;
                int totalFree = 0;
                for (Space space : spaces) {
                    totalFree += space.free();
                    LeftOverReason misfit = space.misfit(household);
                    if (misfit == null) {
                        if (chosen == null || space.free() < chosen.free()) {
                            chosen = space;
                        }
                    } else if (misfit.ordinal() < reason.ordinal()) {
                        reason = misfit;
                    }
                }
                if (chosen != null) {
                    seats.addAll(chosen.seat(household));
                    continue;
                }
                if (reason == LeftOverReason.NO_SEATS_LEFT && totalFree >= household.members.size()) {
                    reason = LeftOverReason.HOUSEHOLD_WOULD_BE_SPLIT;
                }
            }
            for (Passenger member : household.members) {
                LeftOverReason own = !member.cleared() ? LeftOverReason.NOT_CLEARED
                        : !member.validOn(plannedDeparture) ? LeftOverReason.CLEARANCE_ENDS_BEFORE_DEPARTURE : reason;
                leftOver.add(new LeftOver(leftOver.size() + 1, member.id(), member.householdId(), own));
            }
        }
        return new Packing(seats, leftOver);
    }

    private static List<Household> households(List<Passenger> pool, LocalDate departureDay) {
        Map<UUID, List<Passenger>> byKey = new LinkedHashMap<>();
        for (Passenger passenger : pool) {
            UUID key = passenger.householdId() == null ? passenger.id() : passenger.householdId();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(passenger);
        }
        List<Household> households = new ArrayList<>(byKey.size());
        byKey.forEach((key, members) -> households.add(new Household(key, members, departureDay)));
        return households;
    }

    /** People who travel together, with what the whole group needs from a vehicle. */
    private static final class Household {

        final UUID key;
        final List<Passenger> members;
        final int accessible;
        final boolean escort;
        final int tier;
        final Instant clearedAt;

        Household(UUID key, List<Passenger> members, LocalDate departureDay) {
            this.key = key;
            this.members = members.stream().sorted(Comparator.comparing(Passenger::id)).toList();
            this.accessible = (int) members.stream().filter(Passenger::needsAccessibleSeat).count();
            boolean minorsOnly = members.stream().allMatch(m -> m.minorOn(departureDay));
            this.escort = minorsOnly || members.stream().anyMatch(Passenger::needsEscort);
            this.tier = accessible > 0 ? 0 : escort ? 1 : members.stream().anyMatch(Passenger::vulnerable) ? 2 : 3;
            this.clearedAt = members.stream().map(Passenger::clearedAt).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
        }

        UUID key() {
            return key;
        }

        int tier() {
            return tier;
        }

        Instant clearedAt() {
            return clearedAt;
        }

        LeftOverReason ineligibility(Instant departure) {
            boolean anyInvalid = members.stream().anyMatch(m -> !m.validOn(departure));
            if (!anyInvalid) {
                return null;
            }
            return LeftOverReason.HOUSEHOLD_NOT_ALL_ELIGIBLE;
        }
    }

    /** The free seats of one vehicle while the manifest is being built. */
    private static final class Space {

        final Vehicle vehicle;
        final NavigableSet<Integer> freeAccessible = new TreeSet<>();
        final NavigableSet<Integer> freeOther = new TreeSet<>();

        Space(Vehicle vehicle) {
            this.vehicle = vehicle;
            for (int seat = 1; seat <= vehicle.seats(); seat++) {
                if (!vehicle.takenSeats().contains(seat)) {
                    (seat <= vehicle.accessibleSeats() ? freeAccessible : freeOther).add(seat);
                }
            }
        }

        int free() {
            return freeAccessible.size() + freeOther.size();
        }

        /** Why the household cannot sit here, or null when it can. */
        LeftOverReason misfit(Household household) {
            if (household.escort && !vehicle.escortAboard()) {
                return LeftOverReason.NO_ESCORT_WITH_ROOM;
            }
            if (free() < household.members.size()) {
                return LeftOverReason.NO_SEATS_LEFT;
            }
            if (freeAccessible.size() < household.accessible) {
                return LeftOverReason.NO_ACCESSIBLE_SEAT_LEFT;
            }
            return null;
        }

        List<SeatAssignment> seat(Household household) {
            List<SeatAssignment> seats = new ArrayList<>(household.members.size());
            List<Passenger> ordered = household.members.stream()
                    .sorted(Comparator.comparing((Passenger p) -> !p.needsAccessibleSeat())
                            .thenComparing(p -> !p.needsEscort())
                            .thenComparing(p -> !p.vulnerable()))
                    .toList();
            for (Passenger member : ordered) {
                int seat;
                if (member.needsAccessibleSeat()) {
                    seat = freeAccessible.pollFirst();
                } else if (member.seatNeeds().contains("NEAR_TOILET")) {
                    seat = freeOther.isEmpty() ? freeAccessible.pollLast() : freeOther.pollLast();
                } else {
                    seat = freeOther.isEmpty() ? freeAccessible.pollFirst() : freeOther.pollFirst();
                }
                seats.add(new SeatAssignment(member.id(), vehicle.id(), seat));
            }
            return seats;
        }
    }
}
