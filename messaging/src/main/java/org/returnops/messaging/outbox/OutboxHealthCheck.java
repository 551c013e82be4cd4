package org.returnops.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;

/**
 * The outbox backlog in the service's health details. It stays UP while events wait: the service
 * keeps taking requests (that is what the outbox is for); the Kafka check says whether the broker is
 * there.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        OutboxRelay.OutboxStatus status = relay.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay").up()
                .withData("backlog", status.backlog());
        if (status.oldestPending() != null) {
            response.withData("oldestPendingSeconds",
                    Duration.between(status.oldestPending(), Instant.now()).toSeconds());
        }
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        return response.build();
    }
}
