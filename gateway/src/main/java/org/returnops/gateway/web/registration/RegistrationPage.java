package org.returnops.gateway.web.registration;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.returnops.gateway.web.Page;
import org.returnops.gateway.web.ServiceClient;
import org.returnops.gateway.web.session.Sessions;
import org.returnops.gateway.web.session.Visitor;
import org.returnops.gateway.web.session.WebSession;
import org.returnops.platform.security.Roles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registration form of field staff (the operator): sent to the registry as a registration, and
 * shown again with the registry's own validation messages beside the fields it refused.
 */
@PermitAll
@Path("/register")
public class RegistrationPage {

    @Inject Template register;
    @Inject Sessions sessions;
    @Inject ServiceClient services;

    @GET
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@BeanParam Visitor visitor) {
        WebSession session = operator(visitor.session());
        Locale locale = visitor.locale();
        return page(session, locale, RegistrationForm.empty(sites(session, locale)));
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(MultivaluedMap<String, String> form, @BeanParam Visitor visitor) {
        WebSession session = operator(visitor.session());
        sessions.checkCsrf(session, form.getFirst(Sessions.CSRF_FIELD));
        Locale locale = visitor.locale();
        Map<String, String> values = new LinkedHashMap<>();
        RegistrationForm.FIELDS.forEach(field -> values.put(field, form.getFirst(field) == null ? "" : form.getFirst(field).strip()));
        ServiceClient.Reply reply = services.post(session, locale, "/api/v1/migrants", request(values));
        List<RegistrationForm.Site> sites = sites(session, locale);
        if (reply.ok()) {
            JsonNode person = reply.body();
            String name = person.path("nameLatin").path("family").asText(person.path("nameCyrillic").path("family").asText())
                    + " " + person.path("nameLatin").path("given").asText(person.path("nameCyrillic").path("given").asText());
            return Response.status(201).type(MediaType.TEXT_HTML_TYPE).entity(page(session, locale,
                    new RegistrationForm(Map.of("nationality", "TJK"), Map.of(), List.of(), sites,
                            name.strip() + " (" + person.path("id").asText() + ")"))).build();
        }
        return Response.status(reply.status() == 403 ? 403 : 422).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(session, locale, RegistrationForm.refused(values, reply.body(), sites))).build();
    }

    /** The registration as the registry takes it; empty fields are left out, a name only when typed. */
    private static Map<String, Object> request(Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "siteCode", values.get("siteCode"));
        name(body, "nameLatin", values);
        name(body, "nameCyrillic", values);
        put(body, "sex", values.get("sex"));
        put(body, "dateOfBirth", values.get("dateOfBirth"));
        put(body, "nationality", values.get("nationality"));
        put(body, "phone", values.get("phone"));
        put(body, "destinationRegion", values.get("destinationRegion"));
        return body;
    }

    private static void name(Map<String, Object> body, String script, Map<String, String> values) {
        String family = values.get(script + ".family");
        String given = values.get(script + ".given");
        if (!family.isEmpty() || !given.isEmpty()) {
            Map<String, Object> name = new LinkedHashMap<>();
            name.put("family", family);
            name.put("given", given);
            body.put(script, name);
        }
    }

    private static void put(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isEmpty()) {
            body.put(field, value);
        }
    }

    private List<RegistrationForm.Site> sites(WebSession session, Locale locale) {
        List<RegistrationForm.Site> sites = new ArrayList<>();
        try {
            ServiceClient.Reply reply = services.get(session, locale, "/api/v1/sites?size=200");
            reply.body().forEach(s -> sites.add(new RegistrationForm.Site(s.path("code").asText(), s.path("name").asText())));
        } catch (ServiceClient.ServiceUnavailable e) {
            return sites;
        }
        return sites;
    }

    private TemplateInstance page(WebSession session, Locale locale, RegistrationForm form) {
        return register.data("page", Page.of(session, locale, "/register")).data("form", form).setLocale(locale);
    }

    private WebSession operator(String cookie) {
        WebSession session = sessions.require(cookie);
        if (!session.hasRole(Roles.OPERATOR)) {
            throw new ForbiddenException("Registration is for the operator.");
        }
        return session;
    }
}
