package org.returnops.testkit;

import org.returnops.localstack.ServiceSpec;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Tokens for services' tests, shaped like the gateway's (issuer, audience {@code return-ops}, subject,
 * {@code groups}, {@code org}, {@code jti}, {@code kid}), signed with the test key pair in
 * {@code test-keys.json} beside this class (trusted by nothing but the tests; making a 2,048-bit pair took a
 * test JVM one to three seconds of its start). A valid token is kept and used again, as a partner keeps the token
 * the gateway gave it, until five of its fifteen minutes are left: signing one for every request, with making the
 * key pairs, was a third of the Java time of a service's test JVM (487 of 1,339 samples, 307 of them signing).
 * The public half is written as a JWK set to {@code target/test-tokens/jwks.json}, and
 * {@link LocalStackTestResource} points every service's verification at it ({@link #verificationConfig()}),
 * so a test proves that the service itself refuses a bad token: wrong key, {@code alg: none}, expired,
 * wrong issuer or audience.
 */
public final class TestTokens {

    public static final String ISSUER = ServiceSpec.TOKEN_ISSUER;
    public static final String AUDIENCE = ServiceSpec.TOKEN_AUDIENCE;

    /** The organisation of each role's dev partner, as the gateway's dev configuration has them. */
    public static final Map<String, String> ORGANISATIONS = Map.of(
            "operator", "IOM",
            "kz-migration", "KZ-MIGRATION",
            "uz-border", "UZ-BORDER",
            "tj-embassy", "TJ-EMBASSY-KZ",
            "tj-border", "TJ-BORDER",
            "observer", "OBSERVER",
            "auditor", "IOM-DPO");

    private static final int LIFETIME_MINUTES = 15;
    private static final long RENEW_WITHIN_SECONDS = 5 * 60;

    private static final Map<String, Object> KEYS = readKeys();
    private static final RsaJsonWebKey KEY = key("trusted");
    private static final RsaJsonWebKey OTHER_KEY = key("untrusted");
    private static final Map<List<Object>, Issued> ISSUED = new ConcurrentHashMap<>();
    private static Path jwks;

    /** A token and when it stops being handed out. */
    private record Issued(String token, long renewAfterEpochSecond) {
    }

    private TestTokens() {
    }

    /** The {@code mp.jwt.verify.*} settings that make a service trust these tokens. */
    public static Map<String, String> verificationConfig() {
        return Map.of(
                "mp.jwt.verify.publickey.location", jwksFile().toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    /** The public key as a JWK set file, written once per JVM. */
    public static synchronized Path jwksFile() {
        if (jwks == null) {
            Path file = Path.of("target", "test-tokens", "jwks.json").toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, new JsonWebKeySet(KEY).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            jwks = file;
        }
        return jwks;
    }

    /** A valid token of the role's dev partner (client id = role, its organisation). */
    public static String forRole(String role) {
        return token(role, ORGANISATIONS.getOrDefault(role, role.toUpperCase(java.util.Locale.ROOT)), role);
    }

    /** {@code Bearer <token>} for the role, for an {@code Authorization} header. */
    public static String bearer(String role) {
        return "Bearer " + forRole(role);
    }

    /** A valid token for the given client, organisation and roles (the same one while it has time left). */
    public static String token(String clientId, String organisation, String... roles) {
        List<Object> key = List.of(clientId, String.valueOf(organisation), List.of(roles));
        long now = System.currentTimeMillis() / 1000;
        return ISSUED.compute(key, (k, issued) -> issued != null && now < issued.renewAfterEpochSecond()
                ? issued
                : new Issued(sign(KEY, claims(clientId, organisation, roles), AlgorithmIdentifiers.RSA_USING_SHA256),
                        now + LIFETIME_MINUTES * 60 - RENEW_WITHIN_SECONDS)).token();
    }

    /** Signed with a key the service does not trust (same key id). */
    public static String signedWithWrongKey(String role) {
        return sign(OTHER_KEY, claims(role, ORGANISATIONS.get(role), role), AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    /** Not signed at all: {@code alg: none}. */
    public static String unsigned(String role) {
        return sign(null, claims(role, ORGANISATIONS.get(role), role), AlgorithmIdentifiers.NONE);
    }

    /** Expired ten minutes ago (beyond any clock skew). */
    public static String expired(String role) {
        return with(role, claims -> {
            claims.setIssuedAt(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 1500));
            claims.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 600));
        });
    }

    public static String wrongIssuer(String role) {
        return with(role, claims -> claims.setIssuer("urn:someone-else"));
    }

    public static String wrongAudience(String role) {
        return with(role, claims -> claims.setAudience("another-system"));
    }

    /** Every kind of bad token above for the role, by name, for a test that walks them all. */
    public static Map<String, String> badTokens(String role) {
        return Map.of(
                "wrong signature", signedWithWrongKey(role),
                "alg none", unsigned(role),
                "expired", expired(role),
                "wrong issuer", wrongIssuer(role),
                "wrong audience", wrongAudience(role));
    }

    private static String with(String role, Consumer<JwtClaims> change) {
        JwtClaims claims = claims(role, ORGANISATIONS.get(role), role);
        change.accept(claims);
        return sign(KEY, claims, AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    private static JwtClaims claims(String clientId, String organisation, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(clientId);
        claims.setClaim("upn", clientId);
        claims.setStringListClaim("groups", List.of(roles));
        if (organisation != null) {
            claims.setClaim("org", organisation);
        }
        claims.setGeneratedJwtId();
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(LIFETIME_MINUTES);
        return claims;
    }

    private static String sign(RsaJsonWebKey key, JwtClaims claims, String algorithm) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        if (key == null) {
            jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        } else {
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
        }
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static Map<String, Object> readKeys() {
        try (InputStream in = TestTokens.class.getResourceAsStream("test-keys.json")) {
            return JsonUtil.parseJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | JoseException e) {
            throw new IllegalStateException("cannot read the test keys", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static RsaJsonWebKey key(String name) {
        try {
            return (RsaJsonWebKey) JsonWebKey.Factory.newJwk((Map<String, Object>) KEYS.get(name));
        } catch (JoseException e) {
            throw new IllegalStateException("cannot read the test key " + name, e);
        }
    }
}
