package org.returnops.transport.route;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A route as the API shows it, with its legs in travel order, the destination regions it serves, and when it was
 * retired (null while it can be used by new convoys).
 */
@Schema(name = "Route", example = RouteExamples.ROUTE)
public record RouteView(String code, String name, String origin, String destination, List<LegView> legs,
        List<String> crossings, List<String> regions, Instant retiredAt) {

    /** One stretch; {@code crossingCode} is set when it crosses a border. */
    @Schema(name = "RouteLeg")
    public record LegView(int position, String from, String to, String crossingCode, Integer distanceKm) {
    }

    public static RouteView from(Route route) {
        return new RouteView(route.code, route.name, route.origin, route.destination,
                route.legs.stream().map(l -> new LegView(l.position(), l.fromPlace, l.toPlace, l.crossingCode,
                        l.distanceKm)).toList(), route.crossingCodes(), route.regions.stream().sorted().toList(),
                route.retiredAt);
    }
}
