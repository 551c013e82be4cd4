package org.returnops.transport.convoy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.contracts.events.ConvoyPlanned;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.contracts.events.VehicleSeats;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;
import org.returnops.transport.manifest.ManifestEntry;
import org.returnops.transport.manifest.ManifestEntryRepository;
import org.returnops.transport.route.Route;
import org.returnops.transport.route.RouteRepository;
import org.returnops.transport.vehicle.Vehicle;
import org.returnops.transport.vehicle.VehicleRepository;

import java.time.Instant;
import org.returnops.platform.paging.Page;
import org.returnops.platform.paging.Paging;
import org.returnops.platform.time.StoredTime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The life of a convoy from plan to hand-over: each step checks the status machine ({@link ConvoyStatus}),
 * changes the state, and writes its events to the outbox in the same transaction.
 */
@ApplicationScoped
public class ConvoyService {

    @Inject ConvoyRepository convoys;
    @Inject RouteRepository routes;
    @Inject VehicleRepository vehicles;
    @Inject ManifestEntryRepository entries;
    @Inject ConvoyViews views;
    @Inject Timeline timeline;
    @Inject Outbox outbox;

    @Transactional
    public Page<ConvoySummary> list(ConvoyStatus status, Paging paging) {
        Page<Convoy> page = convoys.page(status, paging);
        return new Page<>(page.items().stream().map(ConvoySummary::from).toList(), page.total());
    }

    public ConvoyView get(UUID id) {
        return views.view(convoys.get(id));
    }

    @Transactional
    public ConvoyView plan(ConvoyRequest request) {
        Route route = routes.findByIdOptional(request.routeCode())
                .orElseThrow(() -> new InvalidRequest("routeCode", "must be the code of a route"));
        if (route.retiredAt != null) {
            throw new InvalidRequest("routeCode", "must not be a retired route");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<Vehicle> chosen = new ArrayList<>();
        for (int i = 0; i < request.vehicles().size(); i++) {
            UUID vehicleId = request.vehicles().get(i).vehicleId();
            Vehicle vehicle = vehicles.findById(vehicleId);
            if (vehicle == null) {
                violations.add(new Problem.Violation("vehicles[" + i + "].vehicleId", "must be the id of a vehicle"));
            } else if (vehicle.retiredAt != null) {
                violations.add(new Problem.Violation("vehicles[" + i + "].vehicleId",
                        "must not be a retired vehicle (" + vehicle.plate + " was retired " + vehicle.retiredAt + ")"));
            } else if (!seen.add(vehicleId)) {
                violations.add(new Problem.Violation("vehicles[" + i + "].vehicleId", "must not repeat a vehicle"));
            }
            chosen.add(vehicle);
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        for (Vehicle vehicle : chosen) {
            convoys.find("select c from Convoy c join c.vehicles v where v.key.vehicleId = ?1 and v.active = true",
                    vehicle.id).firstResultOptional().ifPresent(active -> {
                        throw new DomainProblem.Conflict("Vehicle " + vehicle.plate + " is already in convoy " + active.id
                                + ", which is " + active.status + ".", active.id.toString());
                    });
        }
        Instant now = StoredTime.now();
        Convoy convoy = new Convoy();
        convoy.id = UUID.randomUUID();
        convoy.routeCode = route.code;
        convoy.plannedDeparture = StoredTime.of(request.plannedDeparture());
        convoy.status = ConvoyStatus.PLANNED;
        convoy.escortLead = request.escortLead();
        convoy.createdAt = now;
        convoy.updatedAt = now;
        for (int i = 0; i < chosen.size(); i++) {
            ConvoyVehicle member = new ConvoyVehicle();
            member.key = new ConvoyVehicle.Key(convoy.id, chosen.get(i).id);
            member.position = i + 1;
            member.escort = request.vehicles().get(i).escort();
            member.active = true;
            convoy.vehicles.add(member);
        }
        convoys.persist(convoy);
        timeline.record(convoy.id, "PLANNED", "planned on route " + route.code + " for " + convoy.plannedDeparture
                + " with " + chosen.size() + " vehicles");
        convoys.touch(convoy);
        outbox.publish(new ConvoyPlanned(convoy.id, route.code, convoy.plannedDeparture,
                chosen.stream().map(v -> new VehicleSeats(v.id, v.plate, v.seats, v.accessibleSeats)).toList(), now),
                convoy.id.toString());
        return views.view(convoy);
    }

    @Transactional
    public ConvoyView board(UUID id, BoardingRequest request) {
        Convoy convoy = convoys.get(id);
        if (convoy.status != ConvoyStatus.BOARDING) {
            convoy.become(ConvoyStatus.BOARDING);
        }
        Map<UUID, ManifestEntry> manifest = entries.ofConvoyByPerson(id);
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.boarded().size(); i++) {
            if (!manifest.containsKey(request.boarded().get(i))) {
                violations.add(new Problem.Violation("boarded[" + i + "]", "must be a person on the convoy's manifest"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        int added = 0;
        for (UUID migrantId : new LinkedHashSet<>(request.boarded())) {
            ManifestEntry entry = manifest.get(migrantId);
            if (entry.status == ManifestEntry.Status.ASSIGNED) {
                entry.status = ManifestEntry.Status.BOARDED;
                added++;
            }
        }
        long boarded = manifest.values().stream().filter(e -> e.status == ManifestEntry.Status.BOARDED).count();
        timeline.record(id, "BOARDING", added + " boarded, " + boarded + " of " + manifest.size() + " aboard");
        convoys.touch(convoy);
        return views.view(convoy);
    }

    @Transactional
    public ConvoyView depart(UUID id, DepartureRequest request) {
        Convoy convoy = convoys.get(id);
        convoy.become(ConvoyStatus.DEPARTED);
        List<ManifestEntry> manifest = entries.ofConvoy(id);
        List<UUID> boarded = manifest.stream().filter(e -> e.status == ManifestEntry.Status.BOARDED)
                .map(ManifestEntry::migrantId).toList();
        if (boarded.isEmpty()) {
            throw new DomainProblem.Conflict("Convoy " + id + " cannot depart with nobody aboard: record the boarding "
                    + "first.");
        }
        Instant departedAt = request == null || request.departedAt() == null ? StoredTime.now()
                : StoredTime.of(request.departedAt());
        convoy.departedAt = departedAt;
        List<ManifestEntry> missing = manifest.stream().filter(e -> e.status == ManifestEntry.Status.ASSIGNED).toList();
        missing.forEach(e -> {
            e.status = ManifestEntry.Status.NO_SHOW;
            e.noShowStage = MigrantNoShow.DID_NOT_BOARD;
        });
        timeline.record(id, "DEPARTED", "departed at " + departedAt + " with " + boarded.size() + " aboard; "
                + missing.size() + " did not board");
        convoys.touch(convoy);
        for (ManifestEntry entry : missing) {
            outbox.publish(new MigrantNoShow(entry.migrantId(), id, MigrantNoShow.DID_NOT_BOARD, "did not board",
                    departedAt), entry.migrantId().toString());
        }
        outbox.publish(new ConvoyDeparted(id, boarded, boarded.size(), departedAt), id.toString());
        return views.view(convoy);
    }

    @Transactional
    public ConvoyView close(UUID id) {
        Convoy convoy = convoys.get(id);
        convoy.become(ConvoyStatus.CLOSED);
        timeline.record(id, "CLOSED", "closed");
        convoys.touch(convoy);
        return views.view(convoy);
    }

    @Transactional
    public ConvoyView cancel(UUID id, CancellationRequest request) {
        Convoy convoy = convoys.get(id);
        convoy.become(ConvoyStatus.CANCELLED);
        List<ManifestEntry> manifest = entries.ofConvoy(id);
        manifest.forEach(entries::delete);
        convoy.vehicles.forEach(v -> v.active = false);
        timeline.record(id, "CANCELLED", "cancelled: " + request.reason().strip() + "; " + manifest.size()
                + " seat(s) given back");
        convoys.touch(convoy);
        Instant now = StoredTime.now();
        for (ManifestEntry entry : manifest) {
            outbox.publish(new MigrantUnassigned(entry.migrantId(), id, entry.vehicleId, "CONVOY_CANCELLED", now),
                    entry.migrantId().toString());
        }
        return views.view(convoy);
    }
}
