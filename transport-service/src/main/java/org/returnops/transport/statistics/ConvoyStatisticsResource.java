package org.returnops.transport.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;
import org.returnops.platform.security.SmallCounts;

import java.util.List;

@Path("/api/v1/convoys/statistics")
@Tag(name = "Convoy statistics", description = "Figures per convoy for partners")
@Produces(MediaType.APPLICATION_JSON)
public class ConvoyStatisticsResource {

    @Inject ConvoyStatistics statistics;
    @Inject PartnerIdentity partner;

    @RolesAllowed({Roles.OPERATOR, Roles.OBSERVER})
    @GET
    @Operation(summary = "People per convoy", description = "For every convoy by planned departure: people seated on "
            + "its manifest, boarded (including those who went missing on the way), arrived, and no-shows (at "
            + "boarding or on arrival). Counts only; the observer sees each count under 5 as null (suppressed).")
    @APIResponse(responseCode = "200", description = "One entry per convoy",
            content = @Content(schema = @Schema(implementation = ConvoyStatisticsView.class, type = SchemaType.ARRAY)))
    public List<ConvoyStatisticsView> perConvoy() {
        return SmallCounts.asSeenBy(partner, statistics.perConvoy(), ConvoyStatisticsView::forObserver);
    }
}
