package org.returnops.registry.migrant;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.Topics;
import org.returnops.localstack.LocalStack;
import org.returnops.registry.Registrations;
import org.returnops.testkit.LocalStackTestResource;
import org.returnops.testkit.TopicProbe;
import org.returnops.testkit.Waiting;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.testkit.Partners.asOperator;

/**
 * The outbox's promises: a registration does not depend on the broker, its event is not lost, and
 * only one relay per database publishes at a time.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject EntityManager entityManager;

    @Inject AgroalDataSource dataSource;

    @Test
    void whileAnotherInstanceHoldsTheRelayLockNothingIsPublishedTwiceAndTheEventFollowsOnRelease() throws Exception {
        String id;
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            try (Statement lock = otherInstance.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(hashtext('return-ops.outbox-relay'))");
            }
            id = asOperator().contentType(ContentType.JSON).body(Registrations.farrukh())
                    .when().post("/api/v1/migrants")
                    .then().statusCode(201)
                    .extract().path("id");
            Waiting.until("this instance's relay waits for the lock").during(Duration.ofSeconds(2))
                    .until(() -> pendingRows(id) == 1);
            assertThat(TopicProbe.ofTestStack().await(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()),
                    Duration.ofSeconds(1))).isEmpty();
            otherInstance.commit();
        }
        assertThat(TopicProbe.ofTestStack().await(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()),
                Duration.ofSeconds(30))).as("published once the lock is free").isPresent();
    }

    @Test
    void aRegistrationSucceedsWhileTheBrokerIsDownAndItsEventFollowsWhenItReturns() {
        LocalStack stack = LocalStackTestResource.shared();
        stack.stopKafka();
        String id;
        try {
            id = asOperator().contentType(ContentType.JSON).body(Registrations.farrukh())
                    .when().post("/api/v1/migrants")
                    .then().statusCode(201)
                    .extract().path("id");
            assertThat(pendingRows(id)).as("the event waits in the outbox").isEqualTo(1);
            asOperator().when().get("/q/health/ready")
                    .then().body("checks.find { it.name == 'Outbox relay' }.status", equalTo("UP"));
        } finally {
            stack.startKafka();
        }

        assertThat(TopicProbe.ofTestStack().await(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()),
                Duration.ofSeconds(60))).as("the event is published once the broker is back").isPresent();
        Waiting.until("the published row leaves the outbox", Duration.ofSeconds(10))
                .until(() -> pendingRows(id) == 0);
    }

    private long pendingRows(String subject) {
        return ((Number) entityManager.createNativeQuery("select count(*) from outbox_event where event_key = :key")
                .setParameter("key", subject).getSingleResult()).longValue();
    }
}
