package org.returnops.gateway.web.convoy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.returnops.gateway.web.Page;
import org.returnops.gateway.web.ServiceClient;
import org.returnops.gateway.web.board.BoardData;
import org.returnops.gateway.web.session.Sessions;
import org.returnops.gateway.web.session.Visitor;
import org.returnops.gateway.web.session.WebSession;
import org.returnops.platform.security.Roles;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The convoy pages: the list, one convoy with its manifest per vehicle, the print view (one A4 list per
 * bus for the border post), the CSV, the checkpoint headcount (border roles and the operator) and the
 * arrival (the operator). Every action goes to the transport service as the logged-in person.
 */
@PermitAll
@Path("/convoys")
public class ConvoyPages {

    @Inject Template convoys;
    @Inject Template convoy;
    @Inject Template manifestPrint;
    @Inject Sessions sessions;
    @Inject ServiceClient services;

    @GET
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@BeanParam Visitor visitor) {
        WebSession session = allowed(visitor.session());
        Locale locale = visitor.locale();
        ServiceClient.Reply list = services.get(session, locale, "/api/v1/convoys?size=200");
        List<ConvoyPage.Row> rows = new ArrayList<>();
        for (JsonNode c : list.body()) {
            rows.add(new ConvoyPage.Row(c.path("id").asText(), c.path("routeCode").asText(), c.path("status").asText(),
                    c.path("plannedDeparture").asText(""), c.path("vehicleCount").asInt()));
        }
        return convoys.data("page", Page.of(session, locale, "/convoys")).data("convoys", rows).setLocale(locale);
    }

    @GET
    @Path("{id}")
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("done") String done,
            @BeanParam Visitor visitor) {
        WebSession session = allowed(visitor.session());
        Locale locale = visitor.locale();
        return page(session, locale, id).data("done", done == null ? "" : done).data("refusal", null);
    }

    @GET
    @Path("{id}/print")
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance print(@PathParam("id") UUID id, @BeanParam Visitor visitor) {
        WebSession session = allowed(visitor.session());
        Locale locale = visitor.locale();
        ConvoyPage data = load(session, locale, id);
        return manifestPrint.data("page", Page.of(session, locale, "/convoys/" + id + "/print")).data("convoy", data)
                .setLocale(locale);
    }

    @GET
    @Path("{id}/manifest.csv")
    @Blocking
    public Response csv(@PathParam("id") UUID id, @BeanParam Visitor visitor) {
        WebSession session = allowed(visitor.session());
        ServiceClient.Reply reply = services.getText(session, Locale.ENGLISH, "/api/v1/convoys/" + id + "/manifest.csv",
                "text/csv");
        return Response.status(reply.status()).type(reply.header("Content-Type").orElse("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"manifest-" + id + ".csv\"")
                .entity(reply.text()).build();
    }

    @POST
    @Path("{id}/headcount")
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response headcount(@PathParam("id") UUID id, MultivaluedMap<String, String> form,
            @BeanParam Visitor visitor) {
        WebSession session = allowed(visitor.session());
        sessions.checkCsrf(session, form.getFirst(Sessions.CSRF_FIELD));
        if (!session.hasAnyRole(Page.BORDERS) && !session.hasRole(Roles.OPERATOR)) {
            throw new ForbiddenException("Headcounts are taken by the border authorities and the operator.");
        }
        Locale locale = visitor.locale();
        List<Map<String, Object>> counts = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("count-") && !values.isEmpty() && !values.get(0).isBlank()) {
                counts.add(Map.of("vehicleId", name.substring("count-".length()), "counted", parse(values.get(0))));
            }
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("crossingCode", form.getFirst("crossing"));
        body.put("passedAt", Instant.now().toString());
        body.put("headcounts", counts);
        return outcome(session, locale, id, services.post(session, locale, "/api/v1/convoys/" + id + "/checkpoints", body),
                "headcount");
    }

    @POST
    @Path("{id}/arrival")
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response arrival(@PathParam("id") UUID id, MultivaluedMap<String, String> form,
            @BeanParam Visitor visitor) {
        WebSession session = allowed(visitor.session());
        sessions.checkCsrf(session, form.getFirst(Sessions.CSRF_FIELD));
        Locale locale = visitor.locale();
        Map<String, Object> body = Map.of("receivedBy", String.valueOf(form.getFirst("receivedBy")),
                "arrivedAt", Instant.now().toString());
        return outcome(session, locale, id, services.post(session, locale, "/api/v1/convoys/" + id + "/arrival", body),
                "arrival");
    }

    private Response outcome(WebSession session, Locale locale, UUID id, ServiceClient.Reply reply, String done) {
        if (reply.ok()) {
            return Response.seeOther(URI.create("/convoys/" + id + "?done=" + done)).build();
        }
        String refusal = reply.body().path("detail").asText(reply.body().path("title").asText("HTTP " + reply.status()));
        return Response.status(reply.status() == 403 ? 403 : 422).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(session, locale, id).data("done", "").data("refusal", refusal)).build();
    }

    private TemplateInstance page(WebSession session, Locale locale, UUID id) {
        return convoy.data("page", Page.of(session, locale, "/convoys/" + id)).data("convoy", load(session, locale, id))
                .setLocale(locale);
    }

    private ConvoyPage load(WebSession session, Locale locale, UUID id) {
        ServiceClient.Reply reply = services.get(session, locale, "/api/v1/convoys/" + id);
        if (reply.status() == 403) {
            throw new ForbiddenException("Not yours to see.");
        }
        if (!reply.ok()) {
            throw new jakarta.ws.rs.NotFoundException("No convoy " + id);
        }
        JsonNode c = reply.body();
        ServiceClient.Reply manifest = services.get(session, locale, "/api/v1/convoys/" + id + "/manifest");
        ServiceClient.Reply route = services.get(session, locale, "/api/v1/routes/" + c.path("routeCode").asText());
        List<String> crossings = new ArrayList<>();
        if (route.ok()) {
            route.body().path("crossings").forEach(x -> crossings.add(x.asText()));
        }
        List<ConvoyPage.VehicleRef> vehicles = new ArrayList<>();
        c.path("vehicles").forEach(v -> vehicles.add(new ConvoyPage.VehicleRef(v.path("vehicleId").asText(),
                v.path("plate").asText(), v.path("boarded").asInt() > 0 ? v.path("boarded").asInt() : v.path("assigned").asInt())));
        return new ConvoyPage(id.toString(), c.path("routeCode").asText(), c.path("status").asText(),
                c.path("plannedDeparture").asText(""), BoardData.line(c),
                manifest.ok() ? ConvoyPage.buses(manifest.body()) : List.of(), crossings, vehicles);
    }

    private WebSession allowed(String cookie) {
        WebSession session = sessions.require(cookie);
        if (!session.hasRole(Roles.OPERATOR) && !session.hasAnyRole(Page.BORDERS)) {
            throw new ForbiddenException("The convoy pages are for the operator and the border authorities.");
        }
        return session;
    }

    private static Object parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
