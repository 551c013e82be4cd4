package org.returnops.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, from the verified token: the partner's client id, organisation (claim {@code org}:
 * an authority code such as {@code TJ-EMBASSY-KZ}, or {@code IOM}) and roles. Service code asks this
 * instead of reading headers, so an authority can be held to its own objects.
 */
@RequestScoped
public class PartnerIdentity {

    /** The token claim carrying the organisation. */
    public static final String ORGANISATION_CLAIM = "org";

    @Inject SecurityIdentity identity;

    @Inject JsonWebToken token;

    /** False for a request without a (valid) token. */
    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The partner's client id (the token's subject), if authenticated. */
    public Optional<String> clientId() {
        return isAuthenticated() ? Optional.ofNullable(token.getSubject()) : Optional.empty();
    }

    /** The organisation the partner acts for, if the token names one. */
    public Optional<String> organisation() {
        return isAuthenticated() ? Optional.ofNullable(token.<String>getClaim(ORGANISATION_CLAIM)) : Optional.empty();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
