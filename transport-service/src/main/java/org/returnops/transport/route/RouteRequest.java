package org.returnops.transport.route;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.platform.validation.ReferenceCode;

import java.util.List;

/**
 * A route as an operator adds or corrects it: its legs in travel order (a leg that crosses a border names the
 * crossing) and the destination regions whose people it takes home.
 */
@Schema(name = "RouteRequest", example = RouteExamples.ROUTE_REQUEST)
public record RouteRequest(
        @NotBlank @Size(max = 200)
        String name,
        @NotBlank @Size(max = 100)
        String origin,
        @NotBlank @Size(max = 100)
        String destination,
        @NotEmpty @Size(max = 50)
        List<@Valid @NotNull Leg> legs,
        @NotEmpty @Size(max = 50)
        List<@NotBlank @Size(max = 100) String> regions) {

    /** One stretch, in travel order; {@code crossingCode} when it crosses a border. */
    @Schema(name = "RouteLegRequest")
    public record Leg(
            @NotBlank @Size(max = 100) String from,
            @NotBlank @Size(max = 100) String to,
            @ReferenceCode String crossingCode,
            @Min(1) @Max(5000) Integer distanceKm) {
    }
}
