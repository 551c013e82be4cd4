package org.returnops.transport.manifest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.transport.convoy.Convoy;
import org.returnops.transport.convoy.ConvoyRepository;
import org.returnops.transport.convoy.ConvoyStatus;
import org.returnops.transport.convoy.IllegalConvoyTransition;
import org.returnops.transport.convoy.Timeline;
import org.returnops.transport.pool.PoolPerson;
import org.returnops.transport.pool.PoolRepository;
import org.returnops.transport.route.Route;
import org.returnops.transport.route.RouteRepository;
import org.returnops.transport.vehicle.VehicleRepository;
import org.returnops.platform.time.StoredTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a convoy's manifest from the pool: first the route decides who may ride (a household travels only when
 * every member is bound for a region the route serves; the others are listed with the reason), then
 * {@link ManifestPacker} decides who sits where.
 */
@ApplicationScoped
public class ManifestBuilder {

    @Inject ConvoyRepository convoys;
    @Inject RouteRepository routes;
    @Inject ManifestEntryRepository entries;
    @Inject PoolRepository pool;
    @Inject VehicleRepository vehicles;
    @Inject ManifestViews views;
    @Inject Timeline timeline;
    @Inject Outbox outbox;

    /** Builds the manifest from the pool, or tops it up keeping the seats already given. */
    @Transactional
    public ManifestBuildView build(UUID convoyId) {
        Convoy convoy = convoys.get(convoyId);
        if (convoy.status == ConvoyStatus.PLANNED) {
            convoy.become(ConvoyStatus.MANIFESTED);
        } else if (convoy.status != ConvoyStatus.MANIFESTED) {
            throw new IllegalConvoyTransition(convoy.status, "build its manifest", "PLANNED or MANIFESTED");
        }
        List<ManifestEntry> existing = entries.ofConvoy(convoyId);
        List<PoolPerson> candidates = pool.candidates();
        Map<UUID, PoolPerson> people = new HashMap<>();
        candidates.forEach(p -> people.put(p.migrantId, p));
        Route route = routes.findById(convoy.routeCode);
        List<PoolPerson> riding = new ArrayList<>();
        List<LeftOver> elsewhere = new ArrayList<>();
        byHousehold(candidates).forEach(household -> sortByRoute(route, household, riding, elsewhere));
        Packing packing = ManifestPacker.pack(riding.stream().map(PoolPerson::toPassenger).toList(),
                packerVehicles(convoy, existing, Set.of()), convoy.plannedDeparture);
        List<LeftOver> leftOver = new ArrayList<>(packing.leftOver());
        elsewhere.stream().sorted(Comparator.comparing((LeftOver l) -> l.reason().ordinal())
                        .thenComparing(l -> l.destinationRegion() == null ? "" : l.destinationRegion())
                        .thenComparing(l -> l.householdId() == null ? l.migrantId() : l.householdId())
                        .thenComparing(LeftOver::migrantId))
                .forEach(l -> leftOver.add(new LeftOver(leftOver.size() + 1, l.migrantId(), l.householdId(),
                        l.reason(), l.destinationRegion())));
        Instant now = StoredTime.now();
        for (SeatAssignment seat : packing.seats()) {
            ManifestEntry entry = new ManifestEntry();
            entry.key = new ManifestEntry.Key(convoyId, seat.migrantId());
            entry.vehicleId = seat.vehicleId();
            entry.seat = seat.seat();
            entry.householdId = people.get(seat.migrantId()).householdId;
            entry.status = ManifestEntry.Status.ASSIGNED;
            entry.assignedAt = now;
            entries.persist(entry);
        }
        timeline.record(convoyId, "MANIFEST_BUILT", packing.seats().size() + " seated, " + packing.leftOver().size()
                + " left in the pool, " + elsewhere.size() + " bound elsewhere or without a destination");
        convoys.touch(convoy);
        // everything is written: the thousands of managed rows need not be kept
        entries.getEntityManager().flush();
        entries.getEntityManager().clear();
        outbox.publishAll(packing.seats().stream().map(seat -> new Outbox.Pending(new MigrantAssigned(seat.migrantId(),
                convoyId, seat.vehicleId(), seat.seat(), now), seat.migrantId().toString())).toList());
        return new ManifestBuildView(views.view(convoys.get(convoyId)), packing.seats().size(), leftOver);
    }

    /** The convoy's vehicles as the packer sees them, with the seats already taken (except by those moving). */
    public List<Vehicle> packerVehicles(Convoy convoy, List<ManifestEntry> manifest, Set<UUID> ignoring) {
        Map<UUID, Set<Integer>> taken = new HashMap<>();
        for (ManifestEntry entry : manifest) {
            if (!ignoring.contains(entry.migrantId())) {
                taken.computeIfAbsent(entry.vehicleId, v -> new HashSet<>()).add(entry.seat);
            }
        }
        return convoy.vehicles.stream().map(member -> {
            org.returnops.transport.vehicle.Vehicle vehicle = vehicles.findById(member.vehicleId());
            return new Vehicle(vehicle.id, vehicle.seats, vehicle.accessibleSeats, member.escort != null,
                    taken.getOrDefault(vehicle.id, Set.of()));
        }).toList();
    }

    /** A household rides when the route serves every member's region; otherwise each member is listed and why. */
    private static void sortByRoute(Route route, List<PoolPerson> household, List<PoolPerson> riding,
            List<LeftOver> elsewhere) {
        Map<UUID, LeftOverReason> own = new LinkedHashMap<>();
        for (PoolPerson person : household) {
            if (person.destinationRegion == null || person.destinationRegion.isBlank()) {
                own.put(person.migrantId, LeftOverReason.NO_DESTINATION);
            } else if (!route.serves(person.destinationRegion)) {
                own.put(person.migrantId, LeftOverReason.DESTINATION_NOT_SERVED);
            }
        }
        if (own.isEmpty()) {
            riding.addAll(household);
            return;
        }
        for (PoolPerson person : household) {
            elsewhere.add(new LeftOver(0, person.migrantId, person.householdId,
                    own.getOrDefault(person.migrantId, LeftOverReason.HOUSEHOLD_NOT_ALL_ELIGIBLE),
                    person.destinationRegion));
        }
    }

    private static List<List<PoolPerson>> byHousehold(List<PoolPerson> candidates) {
        Map<UUID, List<PoolPerson>> households = new LinkedHashMap<>();
        for (PoolPerson person : candidates) {
            households.computeIfAbsent(person.householdId == null ? person.migrantId : person.householdId,
                    k -> new ArrayList<>()).add(person);
        }
        return List.copyOf(households.values());
    }
}
