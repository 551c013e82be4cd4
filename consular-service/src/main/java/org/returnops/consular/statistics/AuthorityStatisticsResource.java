package org.returnops.consular.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.security.PartnerIdentity;
import org.returnops.platform.security.Roles;
import org.returnops.platform.security.SmallCounts;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/v1/authorities/statistics")
@Tag(name = "Authority statistics", description = "Figures per authority for partners: counts, and for the operator how long "
        + "decisions take")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorityStatisticsResource {

    @Inject AuthorityStatistics statistics;
    @Inject PartnerIdentity partner;

    @RolesAllowed({Roles.OPERATOR, Roles.OBSERVER})
    @GET
    @Operation(summary = "Clearances per authority", description = "For each authority: clearances pending, granted "
            + "and denied, and the median and 90th percentile of the time from request to decision (seconds) of "
            + "those decided. The observer sees the counts only, each count under 5 as null (suppressed).")
    @APIResponse(responseCode = "200", description = "One entry per authority, by code",
            content = @Content(schema = @Schema(implementation = AuthorityStatisticsView.class,
                    type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "since is not an ISO-8601 instant")
    public List<AuthorityStatisticsView> perAuthority(@Parameter(description = "Only clearances requested at or "
            + "after this instant (ISO-8601)", example = "2020-10-01T00:00:00Z") @QueryParam("since") String since) {
        return SmallCounts.asSeenBy(partner, statistics.perAuthority(instant(since)),
                AuthorityStatisticsView::forObserver);
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("since", "must be an ISO-8601 instant such as 2020-10-01T00:00:00Z");
        }
    }
}
