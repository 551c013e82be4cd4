package org.returnops.transport.convoy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.CheckpointPassed;
import org.returnops.contracts.events.Headcount;
import org.returnops.contracts.events.HeadcountMismatch;
import org.returnops.messaging.audit.Audit;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;
import org.returnops.platform.time.StoredTime;
import org.returnops.transport.crossing.Crossing;
import org.returnops.transport.crossing.CrossingRepository;
import org.returnops.transport.route.Route;
import org.returnops.transport.route.RouteRepository;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A convoy on the road passes the crossings of its route in route order, each with a headcount of every vehicle.
 * A recount at the crossing last passed is allowed; skipping one or going back is refused. A border service
 * records only the crossings of its own country; the operator records any.
 */
@ApplicationScoped
public class CheckpointService {

    /** The country whose border posts each border role staffs. */
    private static final Map<String, String> COUNTRY_OF_ROLE = Map.of(Roles.KZ_MIGRATION, "KAZ",
            Roles.UZ_BORDER, "UZB", Roles.TJ_BORDER, "TJK");

    @Inject ConvoyRepository convoys;
    @Inject RouteRepository routes;
    @Inject CrossingRepository crossings;
    @Inject CheckpointRepository checkpoints;
    @Inject Headcounts headcounts;
    @Inject Timeline timeline;
    @Inject Outbox outbox;
    @Inject Audit audit;
    @Inject PartnerIdentity partner;

    @Transactional
    public CheckpointView checkpoint(UUID id, CheckpointRequest request) {
        Convoy convoy = convoys.get(id);
        if (convoy.status != ConvoyStatus.DEPARTED) {
            throw new IllegalConvoyTransition(convoy.status, "pass a checkpoint", "DEPARTED");
        }
        Route route = routes.findById(convoy.routeCode);
        if (!route.crossingCodes().contains(request.crossingCode())) {
            throw new InvalidRequest("crossingCode", "must be a crossing of route " + route.code + ": "
                    + String.join(", ", route.crossingCodes()));
        }
        mustBeOwnCountry(crossings.findById(request.crossingCode()));
        inRouteOrder(convoy, route, request.crossingCode());
        Checkpoint checkpoint = new Checkpoint();
        checkpoint.id = UUID.randomUUID();
        checkpoint.convoyId = id;
        checkpoint.crossingCode = request.crossingCode();
        checkpoint.passedAt = StoredTime.of(request.passedAt());
        checkpoint.recordedAt = StoredTime.now();
        checkpoint.recordedBy = partner.clientId().orElse(null);
        headcounts.count(convoy, checkpoint, request.headcounts(), Set.of());
        List<Headcount> counted = new ArrayList<>();
        List<HeadcountMismatch> mismatches = new ArrayList<>();
        for (CheckpointCount count : checkpoint.counts) {
            UUID vehicleId = count.key.vehicleId();
            counted.add(new Headcount(vehicleId, count.expected, count.counted));
            if (count.expected != count.counted) {
                mismatches.add(new HeadcountMismatch(id, checkpoint.crossingCode, vehicleId, count.expected,
                        count.counted, checkpoint.recordedAt));
                timeline.record(id, "HEADCOUNT_MISMATCH", headcounts.plate(vehicleId) + " at "
                        + checkpoint.crossingCode + ": expected " + count.expected + ", counted " + count.counted
                        + missingNamed(checkpoint));
            }
        }
        checkpoints.persist(checkpoint);
        timeline.record(id, "CHECKPOINT", "passed " + checkpoint.crossingCode + " at " + checkpoint.passedAt + " ("
                + (mismatches.isEmpty() ? "every headcount matches" : mismatches.size() + " vehicle(s) differ") + ")");
        convoys.touch(convoy);
        outbox.publish(new CheckpointPassed(id, checkpoint.crossingCode, counted, checkpoint.passedAt), id.toString());
        mismatches.forEach(mismatch -> outbox.publish(mismatch, id.toString()));
        if (!checkpoint.missing.isEmpty()) {
            audit.record(Audit.Action.READ, "checkpoint.missing", checkpoint.missing, "convoy " + id + " at "
                    + checkpoint.crossingCode);
        }
        return headcounts.view(checkpoint);
    }

    /**
     * Records the headcount at the hand-over (those named as no-shows are not expected); a count that differs then
     * blocks the arrival like any other. Returns who the count per person found missing, for the refusal.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String handOver(Convoy convoy, List<CheckpointRequest.Count> counts, Set<UUID> noShows) {
        Checkpoint checkpoint = new Checkpoint();
        checkpoint.id = UUID.randomUUID();
        checkpoint.convoyId = convoy.id;
        checkpoint.kind = Checkpoint.Kind.HAND_OVER;
        checkpoint.passedAt = StoredTime.now();
        checkpoint.recordedAt = checkpoint.passedAt;
        checkpoint.recordedBy = partner.clientId().orElse(null);
        headcounts.count(convoy, checkpoint, counts, noShows);
        checkpoints.persist(checkpoint);
        CheckpointView view = headcounts.view(checkpoint);
        timeline.record(convoy.id, "HAND_OVER_COUNT", view.mismatches() == 0 ? "every headcount matches"
                : view.mismatches() + " vehicle(s) differ" + missingNamed(checkpoint));
        checkpoints.flush();
        List<String> missing = view.headcounts().stream().flatMap(c -> c.missing().stream())
                .map(m -> m.migrantId() + " (seat " + m.seat() + (m.familyName() == null ? "" : ", " + m.familyName())
                        + ")").toList();
        return missing.isEmpty() ? "" : "; missing at the hand-over: " + String.join(", ", missing);
    }

    /** The crossings of the route the convoy has passed, in route order. */
    public List<String> passed(Convoy convoy) {
        Set<String> passed = new LinkedHashSet<>();
        checkpoints.ofConvoy(convoy.id).stream().filter(c -> c.kind == Checkpoint.Kind.CROSSING)
                .forEach(c -> passed.add(c.crossingCode));
        return List.copyOf(passed);
    }

    /** The crossings of the route still ahead of the convoy, in route order. */
    public List<String> ahead(Convoy convoy) {
        List<String> all = routes.findById(convoy.routeCode).crossingCodes();
        return all.subList(Math.min(passed(convoy).size(), all.size()), all.size());
    }

    private void inRouteOrder(Convoy convoy, Route route, String crossingCode) {
        List<String> passed = passed(convoy);
        List<String> all = route.crossingCodes();
        String last = passed.isEmpty() ? null : passed.get(passed.size() - 1);
        String next = passed.size() < all.size() ? all.get(passed.size()) : null;
        if (crossingCode.equals(last) || crossingCode.equals(next)) {
            return;
        }
        throw new DomainProblem.Conflict("Convoy " + convoy.id + " cannot pass " + crossingCode + " now: route "
                + route.code + " passes " + String.join(", ", all) + " in this order; "
                + (next == null ? "every crossing is passed" : "the next is " + next)
                + (last == null ? "" : " (a recount may be recorded at " + last + ")") + ".");
    }

    private void mustBeOwnCountry(Crossing crossing) {
        if (partner.hasRole(Roles.OPERATOR)) {
            return;
        }
        Set<String> countries = new LinkedHashSet<>();
        COUNTRY_OF_ROLE.forEach((role, country) -> {
            if (partner.hasRole(role)) {
                countries.add(country);
            }
        });
        if (!countries.contains(crossing.exitCountry) && !countries.contains(crossing.entryCountry)) {
            throw new DomainProblem.Forbidden("Crossing " + crossing.code + " is between " + crossing.exitCountry
                    + " and " + crossing.entryCountry + ": a border service records only the crossings of its own "
                    + "country (" + String.join(", ", countries) + ").");
        }
    }

    private static String missingNamed(Checkpoint checkpoint) {
        return checkpoint.missing.isEmpty() ? "" : "; missing " + checkpoint.missing.stream().map(UUID::toString)
                .sorted().toList();
    }
}
