package org.returnops.gateway.web.queue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.returnops.gateway.web.Page;
import org.returnops.gateway.web.PersonName;
import org.returnops.gateway.web.ServiceClient;
import org.returnops.gateway.web.session.Sessions;
import org.returnops.gateway.web.session.Visitor;
import org.returnops.gateway.web.session.WebSession;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An authority's queue: the clearances it has still to decide (its own only: the consular service
 * refuses another's), each with what the authority needs, and a grant or a denial with a reason.
 */
@PermitAll
@Path("/queue")
public class QueuePage {

    @Inject Template queue;
    @Inject Sessions sessions;
    @Inject ServiceClient services;

    /** One pending clearance as the queue shows it. */
    @TemplateData
    public record Entry(String id, String type, String requestedAt, String name, String dateOfBirth, String nationality,
            String documents) {
    }

    @GET
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("done") String done, @BeanParam Visitor visitor) {
        WebSession session = authority(visitor.session());
        Locale locale = visitor.locale();
        return page(session, locale, done != null, null);
    }

    @POST
    @Path("{id}/decision")
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("id") UUID id, @FormParam("outcome") String outcome,
            @FormParam("reason") String reason, @FormParam(Sessions.CSRF_FIELD) String csrf,
            @BeanParam Visitor visitor) {
        WebSession session = authority(visitor.session());
        sessions.checkCsrf(session, csrf);
        Locale locale = visitor.locale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        body.put("decidedBy", session.user());
        ServiceClient.Reply reply = services.post(session, locale, "/api/v1/clearances/" + id + "/decision", body);
        if (reply.ok()) {
            return Response.seeOther(URI.create("/queue?done")).build();
        }
        String refusal = reply.body().path("detail").asText(reply.body().path("title").asText("HTTP " + reply.status()));
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page(session, locale, false, refusal)).build();
    }

    private TemplateInstance page(WebSession session, Locale locale, boolean done, String refusal) {
        ServiceClient.Reply reply = services.get(session, locale,
                "/api/v1/authorities/" + session.organisation() + "/queue?size=100");
        List<Entry> entries = new ArrayList<>();
        if (reply.ok()) {
            for (JsonNode e : reply.body()) {
                JsonNode person = e.path("person");
                List<String> documents = new ArrayList<>();
                person.path("documents").forEach(d -> documents.add(d.path("type").asText() + " " + d.path("number").asText()));
                entries.add(new Entry(e.path("id").asText(), e.path("type").asText(), e.path("requestedAt").asText(),
                        PersonName.brief(person.path("nameLatin")),
                        person.path("dateOfBirth").asText(""), person.path("nationality").asText(""),
                        String.join(", ", documents)));
            }
        }
        long total = reply.header("X-Total-Count").map(Long::parseLong).orElse((long) entries.size());
        return queue.data("page", Page.of(session, locale, "/queue")).data("entries", entries).data("total", total)
                .data("done", done).data("refusal", refusal).setLocale(locale);
    }

    private WebSession authority(String cookie) {
        WebSession session = sessions.require(cookie);
        if (!Page.of(session, Locale.ENGLISH, "/queue").authority()) {
            throw new ForbiddenException("The queue is for the authorities.");
        }
        return session;
    }
}
