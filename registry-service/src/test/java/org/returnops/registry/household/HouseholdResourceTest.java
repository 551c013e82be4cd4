package org.returnops.registry.household;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.returnops.testkit.Partners.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Households: formed from registered and new people, one per person, announced, and deriving unaccompanied children. */
@QuarkusTest
class HouseholdResourceTest {

    private static Map<String, Object> person(String given, String sex, LocalDate born) {
        Map<String, Object> body = Registrations.farrukh();
        body.remove("nameCyrillic");
        body.put("nameLatin", Map.of("family", "Household", "given", given));
        body.put("sex", sex);
        body.put("dateOfBirth", born.toString());
        return body;
    }

    private static String register(Map<String, Object> body) {
        return asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aHouseholdKeepsAChildFromBeingUnaccompaniedAndEveryMembershipIsAnnounced() {
        String father = register(person("Father", "M", LocalDate.of(1980, 5, 1)));
        String child = register(person("Child", "F", LocalDate.now().minusYears(10)));
        asOperator().when().get("/api/v1/migrants/" + child)
                .then().body("vulnerabilities", hasItem("UNACCOMPANIED_CHILD"));

        String household = asOperator().contentType(ContentType.JSON)
                .body(Map.of("headId", father, "memberIds", List.of(child),
                        "newMembers", List.of(person("Mother", "F", LocalDate.of(1984, 2, 3)))))
                .when().post("/api/v1/households")
                .then().statusCode(201)
                .body("headId", equalTo(father))
                .body("members", hasSize(3))
                .extract().path("id");

        asOperator().when().get("/api/v1/migrants/" + child)
                .then().body("vulnerabilities", not(hasItem("UNACCOMPANIED_CHILD")));
        asOperator().queryParam("household", household).when().get("/api/v1/migrants")
                .then().body("total", equalTo(3));
        EventEnvelope joined = CloudEventCodec.decode(TopicProbe.ofTestStack().await(Topics.REGISTRY_MIGRANTS,
                r -> child.equals(r.key()) && CloudEventCodec.decode(r.value()).type().equals("migrant.updated.v1"),
                Duration.ofSeconds(30)).orElseThrow().value());
        assertThat(EventSchemas.violations(EventType.MIGRANT_UPDATED, joined.dataJson())).isEmpty();
        MigrantUpdated data = joined.data(MigrantUpdated.class);
        assertThat(data.changed()).containsExactly("householdId");
        assertThat(data.householdId()).hasToString(household);

        String other = register(person("Other", "M", LocalDate.of(1970, 1, 1)));
        asOperator().contentType(ContentType.JSON).body(Map.of("headId", other, "memberIds", List.of(child)))
                .when().post("/api/v1/households")
                .then().statusCode(409)
                .body("existingId", equalTo(household));
        asOperator().when().get("/api/v1/migrants/" + other).then().body("householdId", equalTo(null));

        asOperator().when().delete("/api/v1/households/" + household + "/members/" + father)
                .then().statusCode(409);
        asOperator().when().delete("/api/v1/households/" + household + "/members/" + child)
                .then().statusCode(200).body("members", hasSize(2));
        asOperator().when().get("/api/v1/migrants/" + child)
                .then().body("vulnerabilities", hasItem("UNACCOMPANIED_CHILD"));
        asOperator().contentType(ContentType.JSON).body(Map.of("migrantId", child))
                .when().post("/api/v1/households/" + household + "/members")
                .then().statusCode(200).body("members", hasSize(3));
    }

    @Test
    void unknownPeopleAndHouseholdsAreNotFound() {
        asOperator().when().get("/api/v1/households/" + UUID.randomUUID()).then().statusCode(404);
        asOperator().contentType(ContentType.JSON).body(Map.of("headId", UUID.randomUUID().toString()))
                .when().post("/api/v1/households")
                .then().statusCode(404).contentType("application/problem+json");
        asOperator().contentType(ContentType.JSON).body(Map.of("memberIds", List.of()))
                .when().post("/api/v1/households")
                .then().statusCode(400).body("violations[0].field", equalTo("headId"));
    }
}
