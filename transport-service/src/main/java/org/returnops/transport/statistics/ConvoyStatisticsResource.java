package org.returnops.transport.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import org.returnops.transport.convoy.ConvoyStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/convoys/statistics")
@Tag(name = "Convoy statistics", description = "Figures per convoy for partners")
@Produces(MediaType.APPLICATION_JSON)
public class ConvoyStatisticsResource {

    private final EntityManager entityManager;
    private final PartnerIdentity partner;

    public ConvoyStatisticsResource(EntityManager entityManager, PartnerIdentity partner) {
        this.entityManager = entityManager;
        this.partner = partner;
    }

    @RolesAllowed({Roles.OPERATOR, Roles.OBSERVER})
    @GET
    @Transactional
    @Operation(summary = "People per convoy", description = "For every convoy by planned departure: people seated on "
            + "its manifest, boarded (including those who went missing on the way), arrived, and no-shows (at "
            + "boarding or on arrival). Counts only; the observer sees each count under 5 as null (suppressed).")
    @APIResponse(responseCode = "200", description = "One entry per convoy",
            content = @Content(schema = @Schema(implementation = ConvoyStatisticsView.class, type = SchemaType.ARRAY)))
    public List<ConvoyStatisticsView> perConvoy() {
        List<?> rows = entityManager.createNativeQuery("""
                select c.id, c.route_code, c.status, c.planned_departure,
                       count(e.migrant_id),
                       count(e.migrant_id) filter (where e.status in ('BOARDED', 'ARRIVED')
                           or e.status = 'NO_SHOW' and e.no_show_stage = 'ARRIVAL'),
                       count(e.migrant_id) filter (where e.status = 'ARRIVED'),
                       count(e.migrant_id) filter (where e.status = 'NO_SHOW')
                from convoy c left join manifest_entry e on e.convoy_id = c.id
                group by c.id order by c.planned_departure, c.created_at, c.id""").getResultList();
        boolean operator = partner.hasRole(Roles.OPERATOR);
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            ConvoyStatisticsView view = new ConvoyStatisticsView((UUID) c[0], (String) c[1],
                    ConvoyStatus.valueOf((String) c[2]), instant(c[3]), number(c[4]), number(c[5]), number(c[6]),
                    number(c[7]));
            return operator ? view : view.forObserver();
        }).toList();
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : value instanceof Instant i ? i
                : ((java.sql.Timestamp) value).toInstant();
    }
}
