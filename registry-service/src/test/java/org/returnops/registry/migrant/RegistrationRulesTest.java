package org.returnops.registry.migrant;

import io.quarkus.test.junit.QuarkusTest;
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
import org.returnops.testkit.Partners;
import org.returnops.registry.Registrations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.returnops.testkit.Partners.asOperator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The registration rules of the registry issue, each through the API on real PostgreSQL and Kafka. */
@QuarkusTest
class RegistrationRulesTest {

    @Inject MigrantRepository migrants;

    private static Map<String, Object> person() {
        return Registrations.farrukh();
    }

    private static String passport() {
        return "40" + (100_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 800_000_000L));
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return asOperator().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/migrants").then();
    }

    @Test
    void aPersonKnownOnlyInCyrillicIsRegisteredAndAnnouncedWithATransliteratedLatinName() {
        Map<String, Object> body = person();
        body.remove("nameLatin");
        body.put("nameCyrillic", Map.of("family", "Джураева", "given", "Мохира"));
        String id = post(body).statusCode(201).body("nameLatin", equalTo(null)).extract().path("id");

        ConsumerRecord<String, byte[]> record = TopicProbe.ofTestStack()
                .await(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()), Duration.ofSeconds(30)).orElseThrow();
        EventEnvelope event = CloudEventCodec.decode(record.value());
        assertThat(EventSchemas.violations(EventType.MIGRANT_REGISTERED, event.dataJson())).isEmpty();
        MigrantRegistered data = event.data(MigrantRegistered.class);
        assertThat(data.nameLatin().family()).isEqualTo("Dzuraeva");
        assertThat(data.nameLatin().given()).isEqualTo("Mohira");
        assertThat(data.nameCyrillic().family()).isEqualTo("Джураева");
    }

    @Test
    void everyNameRuleIsNamed() {
        Map<String, Object> none = person();
        none.remove("nameLatin");
        none.remove("nameCyrillic");
        post(none).statusCode(400).body("violations.field", hasItem("nameLatin"));

        Map<String, Object> mixed = person();
        mixed.put("nameLatin", Map.of("family", "Рахимов", "given", "Farrukh"));
        mixed.put("nameCyrillic", Map.of("family", "Rakhimov", "given", "Фаррух"));
        post(mixed).statusCode(400)
                .body("violations.field", containsInAnyOrder("nameCyrillic", "nameLatin"))
                .body("violations.message", hasItem("must be written in Cyrillic script"));
    }

    @Test
    void aBirthDateMustBePlausibleAndInThePast() {
        Map<String, Object> old = person();
        old.put("dateOfBirth", LocalDate.now().minusYears(121).toString());
        post(old).statusCode(400)
                .body("violations[0].field", equalTo("dateOfBirth"))
                .body("violations[0].message", equalTo("must be within the last 120 years"));
        Map<String, Object> future = person();
        future.put("dateOfBirth", LocalDate.now().plusDays(1).toString());
        post(future).statusCode(400).body("violations[0].field", equalTo("dateOfBirth"));
    }

    @Test
    void aPhoneMustBeE164AndIsStoredNormalised() {
        Map<String, Object> bad = person();
        bad.put("phone", "93 555 12 34");
        post(bad).statusCode(400).body("violations[0].field", equalTo("phone"));
        Map<String, Object> good = person();
        good.put("phone", "+992 93 555 1234");
        post(good).statusCode(201).body("phone", equalTo("+992935551234"));
    }

    @Test
    void derivedVulnerabilitiesAreRefusedWhenTypedAndAddedFromTheBirthDate() {
        Map<String, Object> typed = person();
        typed.put("vulnerabilities", List.of("ELDERLY", "PREGNANT"));
        post(typed).statusCode(400)
                .body("violations[0].field", equalTo("vulnerabilities"))
                .body("violations[0].message", equalTo(
                        "ELDERLY is derived from the date of birth and household, not typed in"));

        Map<String, Object> elder = person();
        elder.put("dateOfBirth", "1948-02-01");
        elder.put("vulnerabilities", List.of("DISABILITY"));
        elder.put("seatNeeds", List.of("WHEELCHAIR"));
        post(elder).statusCode(201)
                .body("vulnerabilities", containsInAnyOrder("DISABILITY", "ELDERLY"))
                .body("seatNeeds", containsInAnyOrder("WHEELCHAIR"));

        Map<String, Object> child = person();
        child.put("dateOfBirth", LocalDate.now().minusYears(15).toString());
        post(child).statusCode(201).body("vulnerabilities", hasItem("UNACCOMPANIED_CHILD"));

        Map<String, Object> unknown = person();
        unknown.put("vulnerabilities", List.of("HOMESICK"));
        post(unknown).statusCode(400).body("violations[0].field", equalTo("vulnerabilities[0]"));
    }

    @Test
    void theSameDocumentTwiceIsAConflictNamingTheFirstPersonAndStoresNothing() {
        String number = passport();
        Map<String, Object> first = person();
        first.put("documents", List.of(Map.of("type", "PASSPORT", "number", number, "issuingState", "TJK",
                "expiresOn", "2027-01-01")));
        String firstId = post(first).statusCode(201)
                .body("documents[0].number", equalTo(number)).extract().path("id");

        long before = migrants.count();
        Map<String, Object> second = person();
        second.put("nameLatin", Map.of("family", "Other", "given", "Person"));
        second.put("documents", first.get("documents"));
        post(second).statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(firstId))
                .body("detail", equalTo("The PASSPORT " + number + " issued by TJK is already registered to person "
                        + firstId + "."));
        assertThat(migrants.count()).isEqualTo(before);
    }

    @Test
    void documentRulesAreNamedByPosition() {
        String number = passport();
        Map<String, Object> body = person();
        Map<String, Object> passport = Map.of("type", "PASSPORT", "number", number, "issuingState", "TJK",
                "expiresOn", "1980-01-01");
        body.put("documents", List.of(passport, passport, Map.of("type", "VISA", "number", "x", "issuingState", "T")));
        post(body).statusCode(400);
        body.put("documents", List.of(passport, passport));
        post(body).statusCode(400)
                .body("violations.field", containsInAnyOrder("documents[0].expiresOn", "documents[1].expiresOn",
                        "documents[1]"));
        body.put("documents", List.of(Map.of("type", "PASSPORT", "number", "ab 12", "issuingState", "Tajikistan")));
        post(body).statusCode(400)
                .body("violations.field", containsInAnyOrder("documents[0].number", "documents[0].issuingState"));
    }

    @Test
    void theHistoryStartsAtRegistrationAndAWithdrawalIsRecordedAnnouncedAndFinal() {
        String id = post(person()).statusCode(201).header("ETag", equalTo("\"0\"")).extract().path("id");
        asOperator().when().get("/api/v1/migrants/" + id + "/history")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].to", equalTo("REGISTERED"))
                .body("[0].cause", equalTo("user:" + Partners.OPERATOR_CLIENT));

        asOperator().contentType(ContentType.JSON)
                .body(Map.of("reason", "wants to stay with relatives in Almaty"))
                .when().post("/api/v1/migrants/" + id + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        asOperator().when().get("/api/v1/migrants/" + id + "/history")
                .then().body("", hasSize(2))
                .body("[1].from", equalTo("REGISTERED"))
                .body("[1].to", equalTo("WITHDRAWN"))
                .body("[1].reason", equalTo("wants to stay with relatives in Almaty"));

        ConsumerRecord<String, byte[]> withdrawn = TopicProbe.ofTestStack().await(Topics.REGISTRY_MIGRANTS,
                r -> id.equals(r.key()) && CloudEventCodec.decode(r.value()).type().equals("migrant.withdrawn.v1"),
                Duration.ofSeconds(30)).orElseThrow();
        assertThat(EventSchemas.violations(EventType.MIGRANT_WITHDRAWN,
                CloudEventCodec.decode(withdrawn.value()).dataJson())).isEmpty();

        asOperator().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/api/v1/migrants/" + id + "/withdrawal")
                .then().statusCode(409)
                .body("type", equalTo("urn:return-ops:problem:illegal-transition"))
                .body("detail", equalTo("A person cannot go from WITHDRAWN to WITHDRAWN; from WITHDRAWN the next "
                        + "status can be none (WITHDRAWN is final)."));
        asOperator().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/api/v1/migrants/" + id + "/withdrawal")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        asOperator().when().get("/api/v1/migrants/" + UUID.randomUUID() + "/history").then().statusCode(404);
        asOperator().when().get("/api/v1/migrants/" + id).then().body("status", not(equalTo("REGISTERED")));
    }
}
