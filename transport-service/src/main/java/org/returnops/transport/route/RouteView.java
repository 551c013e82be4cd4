package org.returnops.transport.route;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.transport.Examples;

import java.util.List;

/** A route as the API shows it, with its legs in travel order. */
@Schema(name = "Route", example = Examples.ROUTE)
public record RouteView(String code, String name, String origin, String destination, List<LegView> legs,
        List<String> crossings) {

    /** One stretch; {@code crossingCode} is set when it crosses a border. */
    @Schema(name = "RouteLeg")
    public record LegView(int position, String from, String to, String crossingCode, Integer distanceKm) {
    }

    public static RouteView from(Route route) {
        return new RouteView(route.code, route.name, route.origin, route.destination,
                route.legs.stream().map(l -> new LegView(l.position(), l.fromPlace, l.toPlace, l.crossingCode,
                        l.distanceKm)).toList(), route.crossingCodes());
    }
}
