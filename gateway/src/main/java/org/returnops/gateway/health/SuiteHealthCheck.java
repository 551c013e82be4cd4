package org.returnops.gateway.health;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.returnops.gateway.openapi.ServiceDocuments;
import org.returnops.gateway.proxy.GatewayConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The readiness of every service behind the gateway, in the gateway's {@code /q/health}. It is a
 * wellness check, not a readiness check: the gateway itself stays ready (and keeps answering 503 for
 * the one service that is down) instead of being taken out of rotation with all the others. What it sees
 * keeps the merged OpenAPI document current: a service that comes back has its document fetched again.
 * A service with several instances is up while one of them is, and each instance has a line of its own.
 */
@Wellness
@ApplicationScoped
public class SuiteHealthCheck implements HealthCheck {

    private final GatewayConfig config;
    private final ServiceDocuments documents;
    private final HttpClient http;

    public SuiteHealthCheck(GatewayConfig config, ServiceDocuments documents) {
        this.config = config;
        this.documents = documents;
        this.http = HttpClient.newBuilder().connectTimeout(config.healthTimeout()).build();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Suite services").up();
        for (Map.Entry<String, GatewayConfig.ServiceRoute> entry : config.services().entrySet()) {
            String name = entry.getValue().name();
            List<URI> instances = entry.getValue().url();
            List<String> states = instances.stream().map(this::probe).toList();
            long up = states.stream().filter("UP"::equals).count();
            String state = instances.size() == 1 ? states.get(0)
                    : up > 0 ? "UP (" + up + " of " + instances.size() + " instances)"
                    : "DOWN (no instance of " + instances.size() + " ready)";
            response.withData(name, state);
            if (instances.size() > 1) {
                for (int i = 0; i < instances.size(); i++) {
                    response.withData(name + " " + instances.get(i), states.get(i));
                }
            }
            if (up > 0) {
                documents.serviceUp(entry.getKey());
            } else {
                documents.serviceDown(entry.getKey());
                response.down();
            }
        }
        return response.build();
    }

    private String probe(URI base) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                .timeout(config.healthTimeout()).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? "UP" : "DOWN (readiness answered " + status + ")";
        } catch (java.io.IOException e) {
            return "DOWN (unreachable)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN (interrupted)";
        }
    }
}
