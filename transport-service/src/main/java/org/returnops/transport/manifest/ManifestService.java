package org.returnops.transport.manifest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.ManifestConfirmed;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.messaging.audit.Audit;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.time.StoredTime;
import org.returnops.transport.convoy.Convoy;
import org.returnops.transport.convoy.ConvoyRepository;
import org.returnops.transport.convoy.ConvoyStatus;
import org.returnops.transport.convoy.ConvoyVehicle;
import org.returnops.transport.convoy.IllegalConvoyTransition;
import org.returnops.transport.convoy.Timeline;
import org.returnops.transport.pool.PoolPerson;
import org.returnops.transport.pool.PoolRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A convoy's manifest: built from the pool by {@link ManifestBuilder}, changed by operators until it is confirmed,
 * and changed by events (a withdrawal, a clearance no longer valid) until departure. Each change and its events
 * are one transaction; the convoy's version makes concurrent changes a 409.
 */
@ApplicationScoped
public class ManifestService {

    @Inject ConvoyRepository convoys;
    @Inject ManifestEntryRepository entries;
    @Inject PoolRepository pool;
    @Inject ManifestBuilder builder;
    @Inject ManifestViews views;
    @Inject Timeline timeline;
    @Inject Outbox outbox;
    @Inject Audit audit;

    /** The convoy is still PLANNED: a build creates its manifest rather than topping it up. */
    public boolean notBuiltYet(UUID convoyId) {
        return convoys.get(convoyId).status == ConvoyStatus.PLANNED;
    }

    /** The manifest with names and documents; the read is audited with the people on it. */
    @Transactional
    public ManifestView get(UUID convoyId) {
        ManifestView manifest = views.view(convoys.get(convoyId));
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
        outbox.publish(new MigrantUnassigned(migrantId, convoyId, entry.vehicleId, "MANIFEST_CHANGED", StoredTime.now()),
                migrantId.toString());
        return views.view(convoy);
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
        List<Vehicle> only = builder.packerVehicles(convoy, manifest, moving).stream()
                .filter(v -> v.id().equals(request.vehicleId())).toList();
        Packing packing = ManifestPacker.pack(passengers, only, convoy.plannedDeparture);
        if (!packing.leftOver().isEmpty()) {
            throw new DomainProblem.Conflict("The household of " + request.migrantId() + " (" + household.size()
                    + " people) cannot move to " + plate(request.vehicleId()) + ": "
                    + packing.leftOver().get(0).reason() + ".");
        }
        Instant now = StoredTime.now();
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
        return views.view(convoy);
    }

    /** Freezes the manifest; border posts receive it (manifest.confirmed.v1 and the CSV). */
    @Transactional
    public ManifestView confirm(UUID convoyId) {
        Convoy convoy = convoys.get(convoyId);
        convoy.become(ConvoyStatus.CONFIRMED);
        List<ManifestEntry> manifest = entries.ofConvoy(convoyId);
        if (manifest.isEmpty()) {
            throw new DomainProblem.Conflict("The manifest of convoy " + convoyId + " is empty: nothing to confirm.");
        }
        timeline.record(convoyId, "CONFIRMED", "manifest confirmed with " + manifest.size() + " people");
        convoys.touch(convoy);
        outbox.publish(new ManifestConfirmed(convoyId, manifest.stream().map(ManifestEntry::migrantId).toList(),
                manifest.size(), StoredTime.now()), convoyId.toString());
        return views.view(convoy);
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
            outbox.publish(new MigrantUnassigned(migrantId, convoy.id, entry.vehicleId, reason, StoredTime.now()),
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
        Map<UUID, PoolPerson> people = views.people(manifest);
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

    private String plate(UUID vehicleId) {
        return views.plate(vehicleId);
    }
}
