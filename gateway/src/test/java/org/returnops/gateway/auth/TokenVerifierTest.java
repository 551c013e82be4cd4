package org.returnops.gateway.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.returnops.gateway.proxy.GatewayConfig;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The gateway's check of its own tokens, remembered per token until the token expires. */
@QuarkusTest
class TokenVerifierTest {

    @Inject TokenVerifier verifier;

    @Inject PartnerTokens tokens;

    @Inject GatewayConfig config;

    @Inject SigningKey key;

    @Test
    void aTokenIsVerifiedOnceAndRememberedForItsNextRequests() {
        String bearer = "Bearer " + tokens.issue("operator", config.partners().get("operator")).token();

        var first = verifier.verify(bearer).orElseThrow();
        var second = verifier.verify(bearer).orElseThrow();

        assertThat(first.getSubject()).isEqualTo("operator");
        assertThat(second).isSameAs(first);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        Instant now = Instant.now();
        String bearer = "Bearer " + signed(now.plusSeconds(2), key.privateKey());
        assertThat(verifier.verify(bearer)).isPresent();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(verifier.verify(bearer)).isEmpty());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedEveryTime() throws Exception {
        var otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        String bearer = "Bearer " + signed(Instant.now().plusSeconds(600), otherKey);

        assertThat(verifier.verify(bearer)).isEmpty();
        assertThat(verifier.verify(bearer)).isEmpty();
    }

    private String signed(Instant expiresAt, java.security.PrivateKey privateKey) {
        return Jwt.issuer(config.token().issuer())
                .audience(config.token().audience())
                .subject("operator")
                .issuedAt(Instant.now())
                .expiresAt(expiresAt)
                .jws().keyId(key.keyId()).algorithm(SignatureAlgorithm.RS256)
                .sign(privateKey);
    }
}
