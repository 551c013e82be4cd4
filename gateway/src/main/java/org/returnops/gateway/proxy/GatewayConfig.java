package org.returnops.gateway.proxy;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where each service is and which paths it owns; the partners, their tokens and their limits. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services by short name ({@code registry}, {@code consular}, {@code transport}). */
    Map<String, ServiceRoute> services();

    /** How long a service may take to answer before the caller gets 504. */
    Duration timeout();

    /**
     * How long an instance that refused or dropped a connection gets no requests while the service has
     * other instances; after it, the instance takes its turn again.
     */
    Duration failedInstancePause();

    /** How long the suite health check waits for each service. */
    Duration healthTimeout();

    /**
     * Open connections the gateway keeps to each service (HTTP/1.1, one request at a time each); requests
     * beyond that wait for a free connection.
     */
    int connectionsPerService();

    /** The partner clients by client id; none in production until configured. */
    Map<String, Partner> partners();

    Token token();

    RateLimit rateLimit();

    /** The largest request body passed to a service; a larger one is refused with 413. */
    MemorySize maxBodySize();

    interface ServiceRoute {

        /** The service's name as operators know it, used in error messages and health. */
        String name();

        /**
         * The base address of each of the service's instances, e.g. {@code http://localhost:8081}, or several
         * separated by commas; the gateway takes turns among them and skips one that fails.
         */
        List<URI> url();

        /** The path prefixes the service owns, e.g. {@code /api/v1/sites}. */
        List<String> paths();
    }

    interface Partner {

        /** The bcrypt hash of the client secret (never the secret itself). */
        String secretHash();

        /** The organisation the partner acts for: an authority code such as {@code TJ-EMBASSY-KZ}, or {@code IOM}. */
        String organisation();

        /** The roles granted, e.g. {@code operator} or {@code tj-embassy}. */
        Set<String> roles();
    }

    interface Token {

        /** The {@code iss} claim of every token; services check it. */
        String issuer();

        /** The {@code aud} claim of every token; services check it. */
        String audience();

        /** How long a token is valid. */
        Duration lifetime();

        /**
         * The PEM file (PKCS#8) of the RSA signing key; generated and written there when it does not exist,
         * so tokens stay valid across a restart.
         */
        Path signingKeyLocation();

        /**
         * Verified tokens remembered until they expire, so a partner's token has its signature checked once
         * rather than on every request; past this many, the least used are forgotten.
         */
        long verifiedCacheSize();
    }

    interface RateLimit {

        /** Requests per second each partner (or, without a token, each client address) may make on average. */
        double perSecond();

        /** Requests a partner may make at once before the average applies. */
        int burst();
    }
}
