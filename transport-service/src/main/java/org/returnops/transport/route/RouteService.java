package org.returnops.transport.route;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.returnops.messaging.audit.Audit;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.time.StoredTime;
import org.returnops.transport.crossing.Crossing;
import org.returnops.transport.crossing.CrossingRepository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Routes as reference data: added, corrected and retired by the operator, every change in the audit trail. A route
 * on which a convoy is on the road keeps its crossings until the convoy arrives (its checkpoints follow them).
 */
@ApplicationScoped
public class RouteService {

    @Inject RouteRepository routes;
    @Inject CrossingRepository crossings;
    @Inject EntityManager entityManager;
    @Inject Audit audit;

    public List<RouteView> list(String region) {
        return routes.listOrdered().stream().filter(r -> region == null || region.isBlank() || r.serves(region))
                .map(RouteView::from).toList();
    }

    public RouteView get(String code) {
        return RouteView.from(routes.get(code));
    }

    /** Adds the route, or replaces its name, places, legs and regions; true when it was added. */
    @Transactional
    public Saved save(String code, RouteRequest request) {
        validate(request);
        Route found = routes.findById(code);
        boolean added = found == null;
        Route route = added ? new Route() : found;
        if (added) {
            route.code = code;
            route.createdAt = StoredTime.now();
        } else {
            if (route.retiredAt != null) {
                throw new DomainProblem.Conflict("Route " + code + " is retired and cannot be changed.");
            }
            List<String> newCrossings = request.legs().stream().map(RouteRequest.Leg::crossingCode)
                    .filter(c -> c != null).toList();
            if (!newCrossings.equals(route.crossingCodes()) && onTheRoad(code) > 0) {
                throw new DomainProblem.Conflict("Route " + code + " has a convoy on the road: its crossings cannot "
                        + "change until the convoy arrives.");
            }
            route.legs.forEach(entityManager::remove);
            route.legs.clear();
            entityManager.flush();
        }
        route.name = request.name().strip();
        route.origin = request.origin().strip();
        route.destination = request.destination().strip();
        route.regions.clear();
        request.regions().forEach(r -> route.regions.add(r.strip()));
        routes.persist(route);
        for (int i = 0; i < request.legs().size(); i++) {
            RouteRequest.Leg given = request.legs().get(i);
            RouteLeg leg = new RouteLeg();
            leg.key = new RouteLeg.Key(code, i + 1);
            leg.fromPlace = given.from().strip();
            leg.toPlace = given.to().strip();
            leg.crossingCode = given.crossingCode();
            leg.distanceKm = given.distanceKm();
            entityManager.persist(leg);
            route.legs.add(leg);
        }
        entityManager.flush();
        audit.record(Audit.Action.CHANGE, added ? "route.add" : "route.change", List.of(), "route " + code
                + ": crossings " + route.crossingCodes() + ", regions " + route.regions);
        return new Saved(RouteView.from(route), added);
    }

    /** No new convoy may take the route; convoys that did keep it. */
    @Transactional
    public RouteView retire(String code) {
        Route route = routes.get(code);
        if (route.retiredAt == null) {
            route.retiredAt = StoredTime.now();
            audit.record(Audit.Action.CHANGE, "route.retire", List.of(), "route " + code);
        }
        return RouteView.from(route);
    }

    /** The route saved and whether it is new. */
    public record Saved(RouteView route, boolean added) {
    }

    private void validate(RouteRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> seenCrossings = new HashSet<>();
        for (int i = 0; i < request.legs().size(); i++) {
            RouteRequest.Leg leg = request.legs().get(i);
            if (i > 0 && !leg.from().strip().equalsIgnoreCase(request.legs().get(i - 1).to().strip())) {
                violations.add(new Problem.Violation("legs[" + i + "].from",
                        "must be where the previous leg ends (" + request.legs().get(i - 1).to().strip() + ")"));
            }
            if (leg.crossingCode() != null) {
                Crossing crossing = crossings.findById(leg.crossingCode());
                if (crossing == null) {
                    violations.add(new Problem.Violation("legs[" + i + "].crossingCode",
                            "must be the code of a border crossing"));
                } else if (crossing.retiredAt != null) {
                    violations.add(new Problem.Violation("legs[" + i + "].crossingCode",
                            "must not be a retired border crossing"));
                } else if (!seenCrossings.add(leg.crossingCode())) {
                    violations.add(new Problem.Violation("legs[" + i + "].crossingCode",
                            "must not repeat a crossing of the route"));
                }
            }
        }
        Set<String> regions = new TreeSet<>();
        for (int i = 0; i < request.regions().size(); i++) {
            if (!regions.add(request.regions().get(i).strip().toLowerCase(Locale.ROOT))) {
                violations.add(new Problem.Violation("regions[" + i + "]", "must not repeat a region"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
    }

    private long onTheRoad(String code) {
        return ((Number) entityManager.createNativeQuery(
                "select count(*) from convoy where route_code = :code and status = 'DEPARTED'")
                .setParameter("code", code).getSingleResult()).longValue();
    }
}
