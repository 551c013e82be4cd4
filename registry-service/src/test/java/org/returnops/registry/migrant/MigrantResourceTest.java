package org.returnops.registry.migrant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.EventSchemas;
import org.returnops.contracts.EventType;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.testkit.TopicProbe;
import org.returnops.registry.Registrations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.returnops.testkit.Partners.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class MigrantResourceTest {

    @Inject MigrantRepository migrants;

    @Test
    void aRegistrationIsStoredAndAnnouncedOnceOnTheTopicAsAValidCloudEvent() {
        String id = asOperator().contentType(ContentType.JSON).body(Registrations.farrukh())
                .when().post("/api/v1/migrants")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/migrants/[0-9a-f-]{36}$"))
                .body("status", equalTo("REGISTERED"))
                .body("nameCyrillic.family", equalTo("Рахимов"))
                .extract().path("id");

        asOperator().when().get("/api/v1/migrants/" + id)
                .then().statusCode(200)
                .body("nameLatin.given", equalTo("Farrukh"));
        Migrant stored = migrants.findById(UUID.fromString(id));
        assertThat(stored.dateOfBirth).isEqualTo(LocalDate.of(1988, 3, 14));

        ConsumerRecord<String, byte[]> record = TopicProbe.ofTestStack()
                .await(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no event for " + id + " on " + Topics.REGISTRY_MIGRANTS));
        assertThat(TopicProbe.header(record, "content-type")).isEqualTo("application/cloudevents+json");
        EventEnvelope event = CloudEventCodec.decode(record.value());
        assertThat(event.type()).isEqualTo("migrant.registered.v1");
        assertThat(event.source()).isEqualTo("urn:return-ops:registry-service");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(EventSchemas.violations(EventType.MIGRANT_REGISTERED, event.dataJson())).isEmpty();
        MigrantRegistered data = event.data(MigrantRegistered.class);
        assertThat(data.migrantId()).hasToString(id);
        assertThat(data.nameLatin().family()).isEqualTo("Rakhimov");
        assertThat(data.consentGiven()).isTrue();

        assertThat(TopicProbe.ofTestStack().all(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()), 2,
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void anInvalidRegistrationNamesEveryFieldAndStoresAndAnnouncesNothing() {
        long migrantsBefore = migrants.count();
        Map<String, Object> body = Registrations.farrukh();
        body.put("dateOfBirth", "2999-01-01");
        body.put("nationality", "TJ");
        body.put("sex", "male");
        body.put("consent", Map.of("givenAt", "2999-01-01T00:00:00Z", "takenBy", "", "language", "Tajik"));
        asOperator().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/migrants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("consent.givenAt", "consent.language", "consent.takenBy",
                        "dateOfBirth", "nationality", "sex"));
        assertThat(migrants.count()).isEqualTo(migrantsBefore);
    }

    @Test
    void sexIsOneOfThreeLettersAsDocumentedAndFemaleIsRefused() {
        Map<String, Object> body = Registrations.farrukh();
        body.put("sex", "Female");
        asOperator().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/migrants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("sex"))
                .body("violations[0].message", equalTo("must be F, M or X"));
        RestAssured.given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.MigrantRequest.properties.sex.enum", contains("F", "M", "X"));
    }

    @Test
    void anUnknownSiteIsRefusedByName() {
        Map<String, Object> body = Registrations.farrukh();
        body.put("siteCode", "KZ-NOWHERE");
        asOperator().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/migrants")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("siteCode"));
    }

    @Test
    void anUnknownPersonIsNotFound() {
        asOperator().when().get("/api/v1/migrants/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
