package org.returnops.gateway.auth;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.returnops.gateway.proxy.GatewayConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * The RSA key the gateway signs partners' tokens with (RS256). Read from a PKCS#8 PEM file; when the
 * file does not exist a key is generated and written there (owner-readable only), so that a restart
 * keeps the tokens already handed out valid. Services verify with the public half, published as a JWK
 * set whose key id is the key's RFC 7638 thumbprint. Loaded at start, so that a missing or broken key
 * stops the gateway at once rather than at the first request.
 */
@Startup
@ApplicationScoped
public class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class);
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private final PrivateKey privateKey;
    private final RsaJsonWebKey publicJwk;

    public SigningKey(GatewayConfig config) {
        Path location = config.token().signingKeyLocation().toAbsolutePath();
        try {
            RSAPrivateCrtKey key = Files.exists(location) ? read(location) : generate(location);
            this.privateKey = key;
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            this.publicJwk = new RsaJsonWebKey(publicKey);
            publicJwk.setKeyId(publicJwk.calculateBase64urlEncodedThumbprint("SHA-256"));
            publicJwk.setUse("sig");
            publicJwk.setAlgorithm("RS256");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + location, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key " + location + " is not a PKCS#8 RSA private key", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) publicJwk.getPublicKey();
    }

    /** The {@code kid} header of every token. */
    public String keyId() {
        return publicJwk.getKeyId();
    }

    /** The public key as a JWK set ({@code {"keys":[...]}}), for {@code mp.jwt.verify.publickey.location}. */
    public Map<String, Object> jwks() {
        return Map.of("keys", java.util.List.of(publicJwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
    }

    private static RSAPrivateCrtKey read(Path location) throws IOException, GeneralSecurityException {
        String pem = Files.readString(location, StandardCharsets.US_ASCII);
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new GeneralSecurityException("no " + BEGIN + " block");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static RSAPrivateCrtKey generate(Path location) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        String pem = BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n" + END + "\n";
        if (location.getParent() != null) {
            Files.createDirectories(location.getParent());
        }
        try {
            Files.writeString(location, pem, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            // another gateway instance wrote it first: use that one, so both sign with the same key
            return read(location);
        }
        try {
            Files.setPosixFilePermissions(location, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.debugf("file system of %s has no POSIX permissions", location);
        }
        LOG.infof("generated a new token signing key in %s", location);
        return key;
    }
}
