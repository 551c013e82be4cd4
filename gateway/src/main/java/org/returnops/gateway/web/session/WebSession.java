package org.returnops.gateway.web.session;

import java.time.Instant;
import java.util.Set;

/**
 * A logged-in person: the same organisation and roles a partner token carries, and the token that
 * protects this session's forms against cross-site requests.
 */
public record WebSession(String id, String user, String organisation, Set<String> roles, String csrfToken,
        Instant lastSeen) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... any) {
        for (String role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    WebSession touched(Instant now) {
        return new WebSession(id, user, organisation, roles, csrfToken, now);
    }
}
