package org.returnops.platform.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Decides who is calling before anything else about the request: every operation under {@code /api/}
 * needs a token, so a request without one (or with one that does not verify) is a 401 whatever its
 * method, path or media type, instead of a 404, 405 or 415 that would tell an anonymous caller about
 * the API first. Runs after the correlation id is set, so the 401 carries it. Roles are still checked
 * per operation ({@code @RolesAllowed}).
 */
public class AuthenticationFirst {

    private static final String API_PREFIX = "/api/";

    @Inject CurrentIdentityAssociation identities;

    /** Off where the application verifies no tokens itself: the gateway, which leaves that to the services. */
    @ConfigProperty(name = "platform.security.authentication-first", defaultValue = "true")
    boolean enabled;

    @ServerRequestFilter(preMatching = true, priority = jakarta.ws.rs.Priorities.USER + 100)
    public Uni<Void> authenticate(ContainerRequestContext request) {
        if (!enabled || !request.getUriInfo().getPath().startsWith(API_PREFIX)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().map(AuthenticationFirst::requireAuthenticated).replaceWithVoid();
    }

    private static SecurityIdentity requireAuthenticated(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return identity;
    }
}
