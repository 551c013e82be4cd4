package org.returnops.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/** The instances of every service behind the gateway, shared by the proxy, the web pages and the health check. */
@ApplicationScoped
public class Backends {

    private final Map<String, Instances> services = new LinkedHashMap<>();

    public Backends(GatewayConfig config) {
        config.services().forEach((key, route) ->
                services.put(key, new Instances(route.name(), route.url(), config.failedInstancePause())));
    }

    /** The instances of a service by its short name ({@code registry}, {@code consular}, {@code transport}). */
    public Instances of(String service) {
        Instances instances = services.get(service);
        if (instances == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        return instances;
    }
}
