package org.returnops.transport.crossing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.returnops.messaging.audit.Audit;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class CrossingService {

    @Inject CrossingRepository crossings;
    @Inject EntityManager entityManager;
    @Inject Audit audit;

    public List<CrossingView> list(String country) {
        return crossings.listByCountry(country).stream().map(CrossingView::from).toList();
    }

    public CrossingView get(String code) {
        return CrossingView.from(crossings.require(code, CrossingNotFound::new));
    }

    @Transactional
    public CrossingView create(CrossingRequest request) {
        if (request.exitCountry().equals(request.entryCountry())) {
            throw new InvalidRequest("entryCountry", "must differ from exitCountry");
        }
        crossings.requireFree(request.code(), "A border crossing");
        Crossing crossing = new Crossing();
        crossing.code = request.code();
        crossing.createdAt = Instant.now();
        fill(crossing, request);
        crossings.persistAndFlush(crossing);
        audit.record(Audit.Action.CHANGE, "crossing.add", List.of(), "crossing " + crossing.code);
        return CrossingView.from(crossing);
    }

    /** Corrects the names, posts, countries and road of a crossing; its code stays. */
    @Transactional
    public CrossingView correct(String code, CrossingRequest request) {
        Crossing crossing = crossings.require(code, CrossingNotFound::new);
        if (!code.equals(request.code())) {
            throw new InvalidRequest("code", "must be the code in the path (" + code + "): a code never changes");
        }
        if (request.exitCountry().equals(request.entryCountry())) {
            throw new InvalidRequest("entryCountry", "must differ from exitCountry");
        }
        if (crossing.retiredAt != null) {
            throw new DomainProblem.Conflict("Border crossing " + code + " is retired and cannot be changed.");
        }
        fill(crossing, request);
        audit.record(Audit.Action.CHANGE, "crossing.change", List.of(), "crossing " + code);
        return CrossingView.from(crossing);
    }

    /** No route may take the crossing any more; refused while a route in use passes it. */
    @Transactional
    public CrossingView retire(String code) {
        Crossing crossing = crossings.require(code, CrossingNotFound::new);
        List<?> inUse = entityManager.createNativeQuery("""
                select r.code from route r join route_leg l on l.route_code = r.code
                where l.crossing_code = :code and r.retired_at is null order by r.code""")
                .setParameter("code", code).getResultList();
        if (!inUse.isEmpty()) {
            throw new DomainProblem.Conflict("Border crossing " + code + " is on route(s) in use: " + inUse
                    + ". Retire or change those routes first.", inUse.get(0).toString());
        }
        if (crossing.retiredAt == null) {
            crossing.retiredAt = Instant.now();
            audit.record(Audit.Action.CHANGE, "crossing.retire", List.of(), "crossing " + code);
        }
        return CrossingView.from(crossing);
    }

    private static void fill(Crossing crossing, CrossingRequest request) {
        crossing.name = request.name().strip();
        crossing.exitCountry = request.exitCountry();
        crossing.exitPost = request.exitPost().strip();
        crossing.entryCountry = request.entryCountry();
        crossing.entryPost = request.entryPost().strip();
        crossing.road = request.road();
    }
}
