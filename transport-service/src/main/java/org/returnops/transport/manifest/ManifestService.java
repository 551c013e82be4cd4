package org.returnops.transport.manifest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.ManifestConfirmed;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.messaging.audit.Audit;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.transport.convoy.Convoy;
import org.returnops.transport.convoy.ConvoyRepository;
import org.returnops.transport.convoy.ConvoyService;
import org.returnops.transport.convoy.ConvoyStatus;
import org.returnops.transport.convoy.ConvoyVehicle;
import org.returnops.transport.convoy.IllegalConvoyTransition;
import org.returnops.transport.convoy.Timeline;
import org.returnops.transport.pool.PoolPerson;
import org.returnops.transport.pool.PoolRepository;
import org.returnops.transport.vehicle.VehicleRepository;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A convoy's manifest: built from the pool by {@link ManifestPacker}, changed by operators until it is confirmed,
 * and changed by events (a withdrawal, a clearance no longer valid) until departure. Each change and its events
 * are one transaction; the convoy's version makes concurrent changes a 409.
 */
@ApplicationScoped
public class ManifestService {

    private final ConvoyRepository convoys;
    private final ConvoyService convoyService;
    private final ManifestEntryRepository entries;
    private final PoolRepository pool;
    private final VehicleRepository vehicles;
    private final Timeline timeline;
    private final Outbox outbox;

    @jakarta.inject.Inject
    Audit audit;

    public ManifestService(ConvoyRepository convoys, ConvoyService convoyService, ManifestEntryRepository entries,
            PoolRepository pool, VehicleRepository vehicles, Timeline timeline, Outbox outbox) {
        this.convoys = convoys;
        this.convoyService = convoyService;
        this.entries = entries;
        this.pool = pool;
        this.vehicles = vehicles;
        this.timeline = timeline;
        this.outbox = outbox;
    }

    /** Builds the manifest from the pool, or tops it up keeping the seats already given. */
    @Transactional
    public ManifestBuildView build(UUID convoyId) {
        Convoy convoy = convoys.get(convoyId);
        if (convoy.status == ConvoyStatus.PLANNED) {
            convoyService.transition(convoy, ConvoyStatus.MANIFESTED);
        } else if (convoy.status != ConvoyStatus.MANIFESTED) {
            throw new IllegalConvoyTransition(convoy.status, "build its manifest", "PLANNED or MANIFESTED");
        }
        List<ManifestEntry> existing = entries.ofConvoy(convoyId);
        List<PoolPerson> candidates = pool.candidates();
        Map<UUID, PoolPerson> people = new HashMap<>();
        candidates.forEach(p -> people.put(p.migrantId, p));
        Packing packing = ManifestPacker.pack(candidates.stream().map(PoolPerson::toPassenger).toList(),
                packerVehicles(convoy, existing, Set.of()), convoy.plannedDeparture);
        Instant now = now();
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
                + " left in the pool");
        convoys.touch(convoy);
        // everything is written: the thousands of managed rows need not be kept
        entries.getEntityManager().flush();
        entries.getEntityManager().clear();
        outbox.publishAll(packing.seats().stream().map(seat -> new Outbox.Pending(new MigrantAssigned(seat.migrantId(),
                convoyId, seat.vehicleId(), seat.seat(), now), seat.migrantId().toString())).toList());
        return new ManifestBuildView(view(convoy), packing.seats().size(), packing.leftOver());
    }

    /** The convoy is still PLANNED: a build creates its manifest rather than topping it up. */
    public boolean notBuiltYet(UUID convoyId) {
        return convoys.get(convoyId).status == ConvoyStatus.PLANNED;
    }

    /** The manifest with names and documents; the read is audited with the people on it. */
    @Transactional
    public ManifestView get(UUID convoyId) {
        ManifestView manifest = view(convoys.get(convoyId));
        audit.record(Audit.Action.READ, "manifest.read", manifest.vehicles().stream()
                .flatMap(vehicle -> vehicle.passengers().stream()).map(ManifestView.Seat::migrantId).toList(),
                "convoy " + convoyId);
        return manifest;
    }

    /** Takes a person off the manifest before confirmation; they go back to the pool. */
    @Transactional
    public ManifestView remove(UUID convoyId, UUID migrantId) {
        Convoy convoy = editable(convoyId);
        ManifestEntry entry = entry(convoyId, migrantId);
        entries.delete(entry);
        timeline.record(convoyId, "MANIFEST_CHANGED", "person " + migrantId + " taken off (seat " + entry.seat
                + " of " + plate(entry.vehicleId) + ")");
        convoys.touch(convoy);
        outbox.publish(new MigrantUnassigned(migrantId, convoyId, entry.vehicleId, "MANIFEST_CHANGED", now()),
                migrantId.toString());
        return view(convoy);
    }

    /** Moves a person and their household to another vehicle, under the same rules as the build. */
    @Transactional
    public ManifestView move(UUID convoyId, MoveRequest request) {
        Convoy convoy = editable(convoyId);
        ManifestEntry entry = entry(convoyId, request.migrantId());
        ConvoyVehicle target = convoy.vehicle(request.vehicleId());
        if (target == null) {
            throw new InvalidRequest("vehicleId", "must be a vehicle of the convoy");
        }
        if (entry.vehicleId.equals(request.vehicleId())) {
            throw new DomainProblem.Conflict("Person " + request.migrantId() + " already sits in "
                    + plate(request.vehicleId()) + ".");
        }
        List<ManifestEntry> manifest = entries.ofConvoy(convoyId);
        List<ManifestEntry> household = manifest.stream().filter(e -> e.equals(entry)
                || entry.householdId != null && entry.householdId.equals(e.householdId)).toList();
        Set<UUID> moving = new HashSet<>();
        household.forEach(e -> moving.add(e.migrantId()));
        List<Passenger> passengers = household.stream().map(e -> pool.findById(e.migrantId()).toPassenger()).toList();
        List<Vehicle> only = packerVehicles(convoy, manifest, moving).stream()
                .filter(v -> v.id().equals(request.vehicleId())).toList();
        Packing packing = ManifestPacker.pack(passengers, only, convoy.plannedDeparture);
        if (!packing.leftOver().isEmpty()) {
            throw new DomainProblem.Conflict("The household of " + request.migrantId() + " (" + household.size()
                    + " people) cannot move to " + plate(request.vehicleId()) + ": "
                    + packing.leftOver().get(0).reason() + ".");
        }
        Instant now = now();
        Map<UUID, ManifestEntry> byPerson = new HashMap<>();
        household.forEach(e -> byPerson.put(e.migrantId(), e));
        for (SeatAssignment seat : packing.seats()) {
            ManifestEntry moved = byPerson.get(seat.migrantId());
            moved.vehicleId = seat.vehicleId();
            moved.seat = seat.seat();
            moved.assignedAt = now;
        }
        timeline.record(convoyId, "MANIFEST_CHANGED", household.size() + " person(s) of the household of "
                + request.migrantId() + " moved to " + plate(request.vehicleId()));
        convoys.touch(convoy);
        for (SeatAssignment seat : packing.seats()) {
            outbox.publish(new MigrantAssigned(seat.migrantId(), convoyId, seat.vehicleId(), seat.seat(), now),
                    seat.migrantId().toString());
        }
        return view(convoy);
    }

    /** Freezes the manifest; border posts receive it (manifest.confirmed.v1 and the CSV). */
    @Transactional
    public ManifestView confirm(UUID convoyId) {
        Convoy convoy = convoys.get(convoyId);
        convoyService.transition(convoy, ConvoyStatus.CONFIRMED);
        List<ManifestEntry> manifest = entries.ofConvoy(convoyId);
        if (manifest.isEmpty()) {
            throw new DomainProblem.Conflict("The manifest of convoy " + convoyId + " is empty: nothing to confirm.");
        }
        timeline.record(convoyId, "CONFIRMED", "manifest confirmed with " + manifest.size() + " people");
        convoys.touch(convoy);
        outbox.publish(new ManifestConfirmed(convoyId, manifest.stream().map(ManifestEntry::migrantId).toList(),
                manifest.size(), now()), convoyId.toString());
        return view(convoy);
    }

    /**
     * A person is no longer eligible (withdrew, clearance no longer valid): before departure their seat is given
     * back (migrant.unassigned.v1); after departure it is only recorded on the convoy's timeline.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID migrantId, String reason, String why) {
        Optional<ManifestEntry> found = entries.ofPerson(migrantId);
        if (found.isEmpty()) {
            return;
        }
        ManifestEntry entry = found.get();
        Convoy convoy = convoys.get(entry.key.convoyId());
        if (convoy.status.beforeDeparture()) {
            entries.delete(entry);
            timeline.record(convoy.id, "MANIFEST_CHANGED", "person " + migrantId + " taken off (seat " + entry.seat
                    + " of " + plate(entry.vehicleId) + "): " + why);
            convoys.touch(convoy);
            outbox.publish(new MigrantUnassigned(migrantId, convoy.id, entry.vehicleId, reason, now()),
                    migrantId.toString());
        } else {
            timeline.record(convoy.id, "RECORDED_AFTER_DEPARTURE", "person " + migrantId + ": " + why
                    + " (recorded, not applied: the convoy is " + convoy.status + ")");
            convoys.touch(convoy);
        }
    }

    /** The manifest as border posts receive it in advance, one line per seat; audited like a read. */
    @Transactional
    public String csv(UUID convoyId) {
        Convoy convoy = convoys.get(convoyId);
        Map<UUID, Integer> order = new HashMap<>();
        convoy.vehicles.forEach(v -> order.put(v.vehicleId(), v.position));
        List<ManifestEntry> manifest = new ArrayList<>(entries.ofConvoy(convoyId));
        manifest.sort(Comparator.comparing((ManifestEntry e) -> order.get(e.vehicleId)).thenComparingInt(e -> e.seat));
        Map<UUID, PoolPerson> people = people(manifest);
        StringBuilder csv = new StringBuilder(ManifestCsv.HEADER).append("\r\n");
        for (ManifestEntry entry : manifest) {
            ManifestCsv.line(csv, convoy, plate(entry.vehicleId), entry, people.get(entry.migrantId()));
        }
        audit.record(Audit.Action.EXPORT, "manifest.csv", manifest.stream().map(ManifestEntry::migrantId).toList(),
                "convoy " + convoyId);
        return csv.toString();
    }

    private Convoy editable(UUID convoyId) {
        Convoy convoy = convoys.get(convoyId);
        if (convoy.status != ConvoyStatus.MANIFESTED) {
            throw new IllegalConvoyTransition(convoy.status, "change its manifest", "MANIFESTED (before confirmation)");
        }
        return convoy;
    }

    private ManifestEntry entry(UUID convoyId, UUID migrantId) {
        ManifestEntry entry = entries.findById(new ManifestEntry.Key(convoyId, migrantId));
        if (entry == null) {
            throw new DomainProblem.NotFound("Person " + migrantId + " is not on the manifest of convoy " + convoyId
                    + ".");
        }
        return entry;
    }

    private List<Vehicle> packerVehicles(Convoy convoy, List<ManifestEntry> manifest, Set<UUID> ignoring) {
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

    private ManifestView view(Convoy convoy) {
        List<ManifestEntry> manifest = entries.ofConvoy(convoy.id);
        Map<UUID, PoolPerson> people = people(manifest);
        List<ManifestView.VehicleSeats> seats = convoy.vehicles.stream().map(member -> {
            org.returnops.transport.vehicle.Vehicle vehicle = vehicles.findById(member.vehicleId());
            List<ManifestView.Seat> passengers = manifest.stream()
                    .filter(e -> e.vehicleId.equals(vehicle.id))
                    .sorted(Comparator.comparingInt(e -> e.seat))
                    .map(e -> seat(e, vehicle, people.get(e.migrantId()))).toList();
            return new ManifestView.VehicleSeats(vehicle.id, vehicle.plate, vehicle.seats, vehicle.accessibleSeats,
                    member.escort, vehicle.seats - passengers.size(), passengers);
        }).toList();
        return new ManifestView(convoy.id, convoy.status, convoy.version, manifest.size(), seats);
    }

    private static ManifestView.Seat seat(ManifestEntry entry, org.returnops.transport.vehicle.Vehicle vehicle,
            PoolPerson person) {
        return new ManifestView.Seat(entry.seat, entry.seat <= vehicle.accessibleSeats, entry.migrantId(),
                entry.householdId, person.familyName, person.givenName, person.dateOfBirth, person.documentType,
                person.documentNumber, person.vulnerabilitySet().stream().sorted().toList(),
                person.seatNeedSet().stream().sorted().toList(), person.destinationRegion, entry.status);
    }

    private Map<UUID, PoolPerson> people(List<ManifestEntry> manifest) {
        Map<UUID, PoolPerson> people = new HashMap<>();
        if (!manifest.isEmpty()) {
            pool.list("migrantId in ?1", manifest.stream().map(ManifestEntry::migrantId).toList())
                    .forEach(p -> people.put(p.migrantId, p));
        }
        return people;
    }

    private String plate(UUID vehicleId) {
        return Objects.requireNonNull(vehicles.findById(vehicleId)).plate;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
