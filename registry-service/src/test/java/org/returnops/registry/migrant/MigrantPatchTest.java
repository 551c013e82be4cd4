package org.returnops.registry.migrant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.EventSchemas;
import org.returnops.contracts.EventType;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.testkit.TopicProbe;
import org.returnops.registry.Registrations;

import java.time.Duration;
import java.util.Map;

import static org.returnops.testkit.Partners.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** JSON merge patch with optimistic concurrency: what changes, what is refused, and what is announced. */
@QuarkusTest
class MigrantPatchTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static String register(Map<String, Object> body) {
        return asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants")
                .then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse patch(String id, String ifMatch, String body) {
        var request = asOperator().contentType(MERGE_PATCH).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/migrants/" + id).then();
    }

    @Test
    void aPatchOnTheCurrentVersionChangesTheRecordAndAnnouncesTheChangedFields() {
        Map<String, Object> body = Registrations.farrukh();
        body.remove("consent");
        String id = register(body);
        String etag = asOperator().when().get("/api/v1/migrants/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        patch(id, etag, """
                {"destinationRegion": "Khatlon", "nameCyrillic": null, "phone": "+992935551234",
                 "consent": {"givenAt": "2020-10-13T09:00:00Z", "takenBy": "IOM caseworker", "language": "ru"}}""")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("destinationRegion", equalTo("Khatlon"))
                .body("nameCyrillic", equalTo(null))
                .body("nameLatin.family", equalTo("Rakhimov"))
                .body("phone", equalTo("+992935551234"))
                .body("consent.language", equalTo("ru"));

        EventEnvelope event = CloudEventCodec.decode(TopicProbe.ofTestStack().await(Topics.REGISTRY_MIGRANTS,
                r -> id.equals(r.key()) && CloudEventCodec.decode(r.value()).type().equals("migrant.updated.v1"),
                Duration.ofSeconds(30)).orElseThrow().value());
        assertThat(EventSchemas.violations(EventType.MIGRANT_UPDATED, event.dataJson())).isEmpty();
        MigrantUpdated updated = event.data(MigrantUpdated.class);
        assertThat(updated.changed()).containsExactlyInAnyOrder("destinationRegion", "nameCyrillic", "consentGiven");
        assertThat(updated.consentGiven()).isTrue();

        patch(id, etag, "{\"destinationRegion\": \"Sughd\"}")
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:precondition-failed"));
        patch(id, null, "{\"destinationRegion\": \"Sughd\"}")
                .statusCode(428)
                .body("type", equalTo("urn:return-ops:problem:precondition-required"));
        asOperator().when().get("/api/v1/migrants/" + id).then().body("destinationRegion", equalTo("Khatlon"));
    }

    @Test
    void aPatchThatBreaksARuleOrTouchesWhatItMayNotChangesNothing() {
        String id = register(Registrations.farrukh());
        patch(id, "\"0\"", "{\"status\": \"CLEARED\", \"id\": \"x\"}")
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("id", "status"));
        patch(id, "\"0\"", "{\"nationality\": \"XX\", \"sex\": \"?\"}")
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("nationality", "sex"));
        patch(id, "\"0\"", "{\"nameLatin\": null, \"nameCyrillic\": null}")
                .statusCode(400)
                .body("violations[0].field", equalTo("nameLatin"));
        patch(id, "\"0\"", "{\"consent\": null}")
                .statusCode(400)
                .body("violations[0].field", equalTo("consent"));
        patch(id, "\"0\"", "[1, 2]").statusCode(400).body("violations[0].field", equalTo("body"));
        patch(id, "\"0\"", "{not json").statusCode(400);
        asOperator().when().get("/api/v1/migrants/" + id)
                .then().header("ETag", "\"0\"")
                .body("nationality", equalTo("TJK"))
                .body("nameCyrillic.family", equalTo("Рахимов"));
    }
}
