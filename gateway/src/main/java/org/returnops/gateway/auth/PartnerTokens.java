package org.returnops.gateway.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.gateway.proxy.GatewayConfig;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Authenticates partner clients by client id and secret (checked against the stored bcrypt hash) and
 * issues their short-lived signed tokens.
 */
@ApplicationScoped
public class PartnerTokens {

    /** The claim carrying the partner's organisation (an authority code, or {@code IOM}). */
    public static final String ORGANISATION_CLAIM = "org";

    /** Compared against when the client id is unknown, so that a wrong id costs as long as a wrong secret. */
    private static final String UNKNOWN_CLIENT_HASH = BcryptUtil.bcryptHash(UUID.randomUUID().toString(), 10);

    @Inject GatewayConfig config;
    @Inject SigningKey key;

    /** The partner whose id and secret these are, if they match. */
    public Optional<GatewayConfig.Partner> authenticate(String clientId, String secret) {
        GatewayConfig.Partner partner = config.partners().get(clientId);
        boolean matches = BcryptUtil.matches(secret, partner == null ? UNKNOWN_CLIENT_HASH : partner.secretHash());
        return matches && partner != null ? Optional.of(partner) : Optional.empty();
    }

    public Issued issue(String clientId, GatewayConfig.Partner partner) {
        return issue(clientId, partner.organisation(), partner.roles());
    }

    /**
     * A token for any caller with this organisation and these roles: a partner client, or a person logged in
     * to the pages (whose requests the gateway makes on their behalf, so every service applies the same rules).
     */
    public Issued issue(String subject, String organisation, Set<String> roles) {
        Instant now = Instant.now();
        long lifetime = config.token().lifetime().toSeconds();
        String token = Jwt.issuer(config.token().issuer())
                .audience(config.token().audience())
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .claim(ORGANISATION_CLAIM, organisation)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetime))
                .jws().keyId(key.keyId()).algorithm(SignatureAlgorithm.RS256)
                .sign(key.privateKey());
        return new Issued(token, lifetime);
    }

    public record Issued(String token, long expiresIn) {
    }
}
