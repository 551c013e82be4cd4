package org.returnops.gateway.web.board;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.returnops.gateway.web.Page;
import org.returnops.gateway.web.session.Sessions;
import org.returnops.gateway.web.session.Visitor;
import org.returnops.gateway.web.session.WebSession;
import org.returnops.platform.security.Roles;

import java.util.Locale;

/**
 * The home page and the operations board: the board page, its data as a fragment that htmx swaps in,
 * and the server-sent events that tell an open board to fetch it again.
 */
@PermitAll
@Path("/")
public class BoardResource {

    @Inject Template home;
    @Inject Template board;
    @Inject Sessions sessions;
    @Inject BoardData data;
    @Inject BoardFeed feed;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home(@BeanParam Visitor visitor) {
        WebSession session = sessions.require(visitor.session());
        Locale locale = visitor.locale();
        return home.data("page", Page.of(session, locale, "/")).setLocale(locale);
    }

    @GET
    @Path("board")
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance board(@BeanParam Visitor visitor) {
        WebSession session = allowed(visitor.session());
        Locale locale = visitor.locale();
        return board.data("page", Page.of(session, locale, "/board")).data("board", data.load(session, locale))
                .setLocale(locale);
    }

    @GET
    @Path("board/fragment")
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance fragment(@BeanParam Visitor visitor) {
        WebSession session = allowed(visitor.session());
        Locale locale = visitor.locale();
        return board.getFragment("data").data("page", Page.of(session, locale, "/board"))
                .data("board", data.load(session, locale)).setLocale(locale);
    }

    @GET
    @Path("board/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<String> events(@BeanParam Visitor visitor) {
        allowed(visitor.session());
        return feed.changes();
    }

    private WebSession allowed(String cookie) {
        WebSession session = sessions.require(cookie);
        if (!session.hasAnyRole(Roles.OPERATOR, Roles.OBSERVER)) {
            throw new ForbiddenException("The board is for the operator and observers.");
        }
        return session;
    }
}
