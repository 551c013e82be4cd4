package org.returnops.gateway.web.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.returnops.gateway.web.Page;
import org.returnops.gateway.web.PersonName;
import org.returnops.gateway.web.ServiceClient;
import org.returnops.gateway.web.session.Sessions;
import org.returnops.gateway.web.session.Visitor;
import org.returnops.gateway.web.session.WebSession;
import org.returnops.platform.security.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Person search and profile for the operator: the registry's search (either script, every spelling it folds),
 * and one person's record, status history, household, clearances (consular) and seat (transport), each read
 * from the service that owns it as the logged-in person.
 */
@PermitAll
@Path("/people")
public class PeoplePages {

    private static final int PAGE_SIZE = 50;

    @Inject Template people;
    @Inject Template person;
    @Inject Sessions sessions;
    @Inject ServiceClient services;

    /** One person as a search result or a household member lists them. */
    @TemplateData
    public record Row(String id, String latin, String cyrillic, String dateOfBirth, String status, String site) {

        static Row of(JsonNode p) {
            return new Row(p.path("id").asText(), PersonName.full(p.path("nameLatin")),
                    PersonName.full(p.path("nameCyrillic")), p.path("dateOfBirth").asText(""),
                    p.path("status").asText(""), p.path("siteCode").asText(""));
        }
    }

    /** A status change of the person's history. */
    @TemplateData
    public record Change(String at, String from, String to, String reason) {
    }

    /** A clearance of the person's case. */
    @TemplateData
    public record Clearance(String type, String authority, String status, String validUntil, String reason) {
    }

    /** Where the person sits, once transport has given them a seat. */
    @TemplateData
    public record SeatRef(String convoyId, String plate, int seat) {
    }

    @GET
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@QueryParam("q") String query, @BeanParam Visitor visitor) {
        WebSession session = operator(visitor.session());
        Locale locale = visitor.locale();
        String q = query == null ? "" : query.strip();
        List<Row> rows = new ArrayList<>();
        long total = 0;
        if (!q.isEmpty()) {
            ServiceClient.Reply reply = services.get(session, locale, "/api/v1/migrants?size=" + PAGE_SIZE + "&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8));
            if (reply.ok()) {
                reply.body().path("items").forEach(p -> rows.add(Row.of(p)));
                total = reply.body().path("total").asLong(rows.size());
            }
        }
        return people.data("page", Page.of(session, locale, "/people")).data("q", q).data("rows", rows)
                .data("total", total).data("searched", !q.isEmpty()).setLocale(locale);
    }

    @GET
    @Path("{id}")
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance profile(@PathParam("id") UUID id, @BeanParam Visitor visitor) {
        WebSession session = operator(visitor.session());
        Locale locale = visitor.locale();
        ServiceClient.Reply record = services.get(session, locale, "/api/v1/migrants/" + id);
        if (!record.ok()) {
            throw new NotFoundException("No registered person with id " + id);
        }
        JsonNode p = record.body();
        List<String> documents = new ArrayList<>();
        p.path("documents").forEach(d -> documents.add(d.path("type").asText() + " " + d.path("number").asText()));
        ServiceClient.Reply kase = services.get(session, locale, "/api/v1/clearance-cases/" + id);
        JsonNode clearanceCase = kase.ok() ? kase.body() : MissingNode.getInstance();
        return person.data("page", Page.of(session, locale, "/people"))
                .data("person", Row.of(p))
                .data("nationality", p.path("nationality").asText(""))
                .data("destination", p.path("destinationRegion").asText(""))
                .data("documents", String.join(", ", documents))
                .data("history", history(session, locale, id))
                .data("household", household(session, locale, p.path("householdId").asText(""), id))
                .data("clearances", clearances(clearanceCase))
                .data("seat", seat(session, locale, id, clearanceCase.path("convoyId").asText("")))
                .setLocale(locale);
    }

    private List<Change> history(WebSession session, Locale locale, UUID id) {
        List<Change> changes = new ArrayList<>();
        ServiceClient.Reply reply = services.get(session, locale, "/api/v1/migrants/" + id + "/history");
        if (reply.ok()) {
            reply.body().forEach(c -> changes.add(new Change(c.path("at").asText(), c.path("from").asText(""),
                    c.path("to").asText(""), c.path("reason").asText(""))));
        }
        return changes;
    }

    private List<Row> household(WebSession session, Locale locale, String householdId, UUID self) {
        List<Row> members = new ArrayList<>();
        if (householdId.isEmpty()) {
            return members;
        }
        ServiceClient.Reply reply = services.get(session, locale, "/api/v1/households/" + householdId);
        if (reply.ok()) {
            reply.body().path("members").forEach(m -> {
                if (!self.toString().equals(m.path("id").asText())) {
                    members.add(Row.of(m));
                }
            });
        }
        return members;
    }

    private static List<Clearance> clearances(JsonNode clearanceCase) {
        List<Clearance> clearances = new ArrayList<>();
        clearanceCase.path("clearances").forEach(c -> clearances.add(new Clearance(c.path("type").asText(),
                c.path("authorityCode").asText(), c.path("status").asText(), c.path("validUntil").asText(""),
                c.path("reason").asText(""))));
        return clearances;
    }

    private SeatRef seat(WebSession session, Locale locale, UUID id, String convoyId) {
        if (convoyId.isEmpty()) {
            return null;
        }
        ServiceClient.Reply manifest = services.get(session, locale, "/api/v1/convoys/" + convoyId + "/manifest");
        if (manifest.ok()) {
            for (JsonNode vehicle : manifest.body().path("vehicles")) {
                for (JsonNode seat : vehicle.path("passengers")) {
                    if (id.toString().equals(seat.path("migrantId").asText())) {
                        return new SeatRef(convoyId, vehicle.path("plate").asText(), seat.path("seat").asInt());
                    }
                }
            }
        }
        return null;
    }

    private WebSession operator(String cookie) {
        WebSession session = sessions.require(cookie);
        if (!session.hasRole(Roles.OPERATOR)) {
            throw new ForbiddenException("Person search is for the operator.");
        }
        return session;
    }
}
