package org.returnops.gateway.proxy;

import io.smallrye.config.ConfigMapping;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where each service is and which paths it owns. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services by short name ({@code registry}, {@code consular}, {@code transport}). */
    Map<String, ServiceRoute> services();

    /** How long a service may take to answer before the caller gets 504. */
    Duration timeout();

    /** How long the suite health check waits for each service. */
    Duration healthTimeout();

    interface ServiceRoute {

        /** The service's name as operators know it, used in error messages and health. */
        String name();

        /** The service's base address, e.g. {@code http://localhost:8081}. */
        URI url();

        /** The path prefixes the service owns, e.g. {@code /api/v1/sites}. */
        List<String> paths();
    }
}
