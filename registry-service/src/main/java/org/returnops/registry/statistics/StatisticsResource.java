package org.returnops.registry.statistics;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Counts without personal data, for observers and reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class StatisticsResource {

    @Inject StatisticsService service;

    @GET
    @Operation(summary = "Counts of the registry",
            description = "People by status, vulnerability (derived ones included), staging site and destination "
                    + "region. No names or ids.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    public StatisticsView statistics() {
        return service.statistics();
    }
}
