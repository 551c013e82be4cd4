package org.returnops.registry.migrant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.Topics;
import org.returnops.localstack.TopicProbe;
import org.returnops.registry.Registrations;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

/** The request's correlation id (X-Request-Id, set by the gateway) travels on to the event it causes. */
@QuarkusTest
class CorrelationIdTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theEventOfARequestCarriesItsRequestIdAsCorrelationId() {
        String requestId = "abc-" + System.nanoTime();
        String id = given().contentType(ContentType.JSON).header("X-Request-Id", requestId)
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .body(Registrations.farrukh())
                .when().post("/api/v1/migrants")
                .then().statusCode(201)
                .header("X-Request-Id", requestId)
                .extract().path("id");

        ConsumerRecord<String, byte[]> record = TopicProbe.ofTestStack()
                .await(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no event for " + id));
        assertThat(CloudEventCodec.decode(record.value()).correlationId()).isEqualTo(requestId);
        assertThat(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"correlationid\":\"" + requestId + "\"");
        assertThat(TopicProbe.header(record, "correlation-id")).isEqualTo(requestId);
    }

    @Test
    void aRequestWithoutAnIdGetsOneOfItsOwn() {
        given().when().get("/api/v1/sites")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
