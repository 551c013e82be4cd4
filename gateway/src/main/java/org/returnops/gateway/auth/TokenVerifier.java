package org.returnops.gateway.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.returnops.gateway.proxy.GatewayConfig;

import java.util.Optional;
import java.util.Set;

/**
 * Checks a bearer token the gateway issued (signature, issuer, audience, expiry), for what the gateway
 * itself decides per partner: the rate limit and the caller headers it forwards. The services verify
 * the token again themselves; a token the gateway cannot verify is passed on untouched for them to refuse.
 */
@ApplicationScoped
public class TokenVerifier {

    private final DefaultJWTParser parser;

    public TokenVerifier(GatewayConfig config, SigningKey key) {
        JWTAuthContextInfo context = new JWTAuthContextInfo(key.publicKey(), config.token().issuer());
        context.setExpectedAudience(Set.of(config.token().audience()));
        this.parser = new DefaultJWTParser(context);
    }

    /** The token of an {@code Authorization: Bearer} header, if the gateway issued it and it is valid now. */
    public Optional<JsonWebToken> verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(authorization.substring(7).trim()));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
