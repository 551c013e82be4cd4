package org.returnops.transport.convoy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.ConvoyArrived;
import org.returnops.contracts.events.MigrantArrived;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.time.StoredTime;
import org.returnops.transport.manifest.ManifestEntry;
import org.returnops.transport.manifest.ManifestEntryRepository;
import org.returnops.transport.route.RouteRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The arrival and hand-over to the receiving authority: only after every crossing of the route is recorded, and
 * only while every vehicle's last count (the hand-over's when one is taken) matches those expected aboard.
 */
@ApplicationScoped
public class HandOver {

    @Inject ConvoyRepository convoys;
    @Inject RouteRepository routes;
    @Inject ManifestEntryRepository entries;
    @Inject CheckpointService checkpointService;
    @Inject Headcounts headcounts;
    @Inject ConvoyViews views;
    @Inject Timeline timeline;
    @Inject Outbox outbox;

    @Transactional
    public ConvoyView arrive(UUID id, ArrivalRequest request) {
        Convoy convoy = convoys.get(id);
        convoy.become(ConvoyStatus.ARRIVED);
        Map<UUID, ManifestEntry> manifest = entries.ofConvoyByPerson(id);
        Map<UUID, String> noShows = new LinkedHashMap<>();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.noShows().size(); i++) {
            ArrivalRequest.NoShow noShow = request.noShows().get(i);
            ManifestEntry entry = manifest.get(noShow.migrantId());
            if (entry == null || entry.status != ManifestEntry.Status.BOARDED) {
                violations.add(new Problem.Violation("noShows[" + i + "].migrantId",
                        "must be a person who boarded the convoy"));
            } else if (noShows.put(noShow.migrantId(), noShow.reason()) != null) {
                violations.add(new Problem.Violation("noShows[" + i + "].migrantId", "must not repeat a person"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        List<String> ahead = checkpointService.ahead(convoy);
        if (!ahead.isEmpty()) {
            throw new DomainProblem.Conflict("Convoy " + id + " cannot be marked arrived before passing every "
                    + "crossing of its route: " + String.join(", ", ahead) + " not yet recorded.");
        }
        String missing = request.headcounts() == null ? ""
                : checkpointService.handOver(convoy, request.headcounts(), noShows.keySet());
        Map<UUID, Integer> expected = new HashMap<>(headcounts.aboard(id));
        noShows.keySet().forEach(m -> expected.merge(manifest.get(m).vehicleId, -1, Integer::sum));
        List<String> unresolved = new ArrayList<>();
        for (ConvoyView.Mismatch last : headcounts.lastCounts(convoy, expected)) {
            if (last.expected() != last.counted()) {
                unresolved.add(last.plate() + " (counted " + last.counted() + " at " + last.crossingCode()
                        + ", expected " + last.expected() + ")");
            }
        }
        if (!unresolved.isEmpty()) {
            throw new DomainProblem.Conflict("Convoy " + id + " cannot be marked arrived while a headcount differs: "
                    + String.join("; ", unresolved) + missing + ". Recount or name the no-shows.");
        }
        Instant arrivedAt = request.arrivedAt() == null ? StoredTime.now() : StoredTime.of(request.arrivedAt());
        List<ManifestEntry> arrived = new ArrayList<>();
        for (ManifestEntry entry : manifest.values()) {
            if (entry.status != ManifestEntry.Status.BOARDED) {
                continue;
            }
            if (noShows.containsKey(entry.migrantId())) {
                entry.status = ManifestEntry.Status.NO_SHOW;
                entry.noShowStage = MigrantNoShow.MISSING_ON_ARRIVAL;
                entry.noShowReason = noShows.get(entry.migrantId());
            } else {
                entry.status = ManifestEntry.Status.ARRIVED;
                arrived.add(entry);
            }
        }
        convoy.arrivedAt = arrivedAt;
        convoy.receivedBy = request.receivedBy();
        convoy.vehicles.forEach(v -> v.active = false);
        String destination = routes.findById(convoy.routeCode).destination;
        timeline.record(id, "ARRIVED", "arrived in " + destination + " at " + arrivedAt + ", received by "
                + request.receivedBy() + ": " + arrived.size() + " arrived, " + noShows.size() + " missing");
        convoys.touch(convoy);
        for (ManifestEntry entry : arrived) {
            outbox.publish(new MigrantArrived(entry.migrantId(), id, request.receivedBy(), arrivedAt),
                    entry.migrantId().toString());
        }
        noShows.forEach((migrantId, reason) -> outbox.publish(new MigrantNoShow(migrantId, id,
                MigrantNoShow.MISSING_ON_ARRIVAL, reason, arrivedAt), migrantId.toString()));
        outbox.publish(new ConvoyArrived(id, destination, request.receivedBy(), arrived.size(), noShows.size(),
                arrivedAt), id.toString());
        return views.view(convoy);
    }
}
