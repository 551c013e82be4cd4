package org.returnops.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One of the suite's applications as the launcher runs it: its Maven module, its port setting and,
 * for the domain services, the database it owns.
 */
public record ServiceSpec(String name, int defaultPort, String portSetting, Optional<String> database) {

    public static final ServiceSpec REGISTRY = new ServiceSpec("registry-service", 8081, "SUITE_REGISTRY_PORT",
            Optional.of("registry"));
    public static final ServiceSpec CONSULAR = new ServiceSpec("consular-service", 8082, "SUITE_CONSULAR_PORT",
            Optional.of("consular"));
    public static final ServiceSpec TRANSPORT = new ServiceSpec("transport-service", 8083, "SUITE_TRANSPORT_PORT",
            Optional.of("transport"));
    public static final ServiceSpec GATEWAY = new ServiceSpec("gateway", 8080, "SUITE_GATEWAY_PORT",
            Optional.empty());

    /** The {@code iss} of the gateway's tokens, as the run command configures the gateway and the services. */
    public static final String TOKEN_ISSUER = "urn:return-ops:gateway";
    /** The {@code aud} of the gateway's tokens. */
    public static final String TOKEN_AUDIENCE = "return-ops";
    /** The gateway's profile in the run command: its dev partners, one per role (see the README). */
    public static final String GATEWAY_RUN_PROFILE = "local";

    /** The domain services, in the order they start; the gateway comes after them. */
    public static final List<ServiceSpec> DOMAIN_SERVICES = List.of(REGISTRY, CONSULAR, TRANSPORT);

    public static final List<ServiceSpec> ALL = List.of(REGISTRY, CONSULAR, TRANSPORT, GATEWAY);

    /** The packaged application (Quarkus fast-jar) inside the repository. */
    public Path application(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /** The gateway's setting that holds this service's address. */
    public String gatewayUrlSetting() {
        return "GATEWAY_SERVICES_" + name.replace("-service", "").toUpperCase(java.util.Locale.ROOT) + "_URL";
    }
}
