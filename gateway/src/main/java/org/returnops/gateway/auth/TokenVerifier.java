package org.returnops.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.returnops.gateway.proxy.GatewayConfig;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Checks a bearer token the gateway issued (signature, issuer, audience, expiry), for what the gateway
 * itself decides per partner: the rate limit and the caller headers it forwards. The services verify
 * the token again themselves; a token the gateway cannot verify is passed on untouched for them to refuse.
 *
 * <p>A partner sends the same token with every request for its lifetime, and checking an RSA signature
 * costs far more than the rest of the front door, so a verified token is remembered until its {@code exp}
 * (a bounded cache); a token that fails is checked again each time it is sent.
 */
@ApplicationScoped
public class TokenVerifier {

    private final DefaultJWTParser parser;
    private final Cache<String, JsonWebToken> verified;

    public TokenVerifier(GatewayConfig config, SigningKey key) {
        JWTAuthContextInfo context = new JWTAuthContextInfo(key.publicKey(), config.token().issuer());
        context.setExpectedAudience(Set.of(config.token().audience()));
        // the gateway checks tokens it signed itself, on its own clock: an expired token is expired
        context.setClockSkew(0);
        context.setExpGracePeriodSecs(0);
        this.parser = new DefaultJWTParser(context);
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.token().verifiedCacheSize())
                .expireAfter(new UntilExpiry())
                .build();
    }

    /** The token of an {@code Authorization: Bearer} header, if the gateway issued it and it is valid now. */
    public Optional<JsonWebToken> verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            JsonWebToken jwt = parser.parse(token);
            verified.put(token, jwt);
            return Optional.of(jwt);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** Each token is forgotten when it expires; the parser has checked that {@code exp} is in the future. */
    private static final class UntilExpiry implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken jwt, long currentTime) {
            long remainingSeconds = jwt.getExpirationTime() - System.currentTimeMillis() / 1000;
            return TimeUnit.SECONDS.toNanos(Math.max(0, remainingSeconds));
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
