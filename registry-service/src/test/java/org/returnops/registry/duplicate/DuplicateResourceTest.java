package org.returnops.registry.duplicate;

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
import java.util.concurrent.ThreadLocalRandom;

import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asOperatorClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Likely duplicates across scripts: flagged at registration, listed, and resolved as distinct or merged. */
@QuarkusTest
class DuplicateResourceTest {

    private static String birthDate() {
        return LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(14_000)).toString();
    }

    private static String register(Map<String, String> latin, Map<String, String> cyrillic, String born,
            List<Map<String, Object>> documents) {
        Map<String, Object> body = Registrations.farrukhNamed(latin, cyrillic);
        body.put("dateOfBirth", born);
        body.put("documents", documents);
        return asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants")
                .then().statusCode(201).extract().path("id");
    }

    private static String flagOf(String migrant, String candidate) {
        List<Map<String, Object>> flags = asOperator().when().get("/api/v1/duplicates").then().statusCode(200)
                .extract().jsonPath().getList("");
        return flags.stream()
                .filter(f -> migrant.equals(((Map<?, ?>) f.get("migrant")).get("id"))
                        && candidate.equals(((Map<?, ?>) f.get("candidate")).get("id")))
                .map(f -> (String) f.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no open flag for " + migrant + " ~ " + candidate));
    }

    @Test
    void theSamePersonInBothScriptsAndAnotherSpellingIsFlaggedAndACloseButDifferentNameIsNot() {
        String born = birthDate();
        String latin = register(Map.of("family", "Rakhimov", "given", "Farrukh"), null, born, List.of());
        String cyrillic = register(null, Map.of("family", "Рахимов", "given", "Фаррух"), born, List.of());
        String variant = register(Map.of("family", "Rahimov", "given", "Farruh"), null, born, List.of());
        String other = register(Map.of("family", "Rakhmonov", "given", "Farhod"), null, born, List.of());
        String elsewhere = register(Map.of("family", "Rakhimov", "given", "Farrukh"), null, birthDate(), List.of());

        flagOf(cyrillic, latin);
        flagOf(variant, latin);
        flagOf(variant, cyrillic);
        List<Map<String, Object>> flags = asOperator().when().get("/api/v1/duplicates")
                .then().extract().jsonPath().getList("");
        assertThat(flags).noneMatch(f -> other.equals(((Map<?, ?>) f.get("migrant")).get("id")));
        assertThat(flags).noneMatch(f -> elsewhere.equals(((Map<?, ?>) f.get("migrant")).get("id")));
    }

    @Test
    void aPairResolvedAsDistinctIsNoLongerOpenAndCannotBeResolvedAgain() {
        String born = birthDate();
        String first = register(Map.of("family", "Yusupov", "given", "Jamshed"), null, born, List.of());
        String second = register(null, Map.of("family", "Юсупов", "given", "Джамшед"), born, List.of());
        String flag = flagOf(second, first);

        asOperatorClient("iom-reviewer").contentType(ContentType.JSON).body(Map.of("decision", "DISTINCT"))
                .when().post("/api/v1/duplicates/" + flag + "/resolution")
                .then().statusCode(200)
                .body("status", equalTo("DISTINCT"))
                .body("resolvedBy", equalTo("iom-reviewer"));
        asOperator().queryParam("status", "DISTINCT").when().get("/api/v1/duplicates")
                .then().body("id", hasItem(flag));
        asOperator().contentType(ContentType.JSON).body(Map.of("decision", "DISTINCT"))
                .when().post("/api/v1/duplicates/" + flag + "/resolution")
                .then().statusCode(409).contentType("application/problem+json");
        asOperator().contentType(ContentType.JSON).body(Map.of("decision", "MERGE"))
                .when().post("/api/v1/duplicates/" + UUID.randomUUID() + "/resolution")
                .then().statusCode(404);
    }

    @Test
    void aMergeKeepsOneRecordWithTheOthersDocumentsAndHistoryAndAnnouncesBoth() {
        String born = birthDate();
        String passport = "4" + (10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000));
        String kept = register(Map.of("family", "Sharipova", "given", "Zarina"), null, born, List.of());
        String removed = register(null, Map.of("family", "Шарипова", "given", "Зарина"), born,
                List.of(Map.of("type", "PASSPORT", "number", passport, "issuingState", "TJK")));
        String flag = flagOf(removed, kept);

        asOperator().contentType(ContentType.JSON)
                .body(Map.of("decision", "MERGE", "keep", UUID.randomUUID().toString()))
                .when().post("/api/v1/duplicates/" + flag + "/resolution")
                .then().statusCode(400).body("violations[0].field", equalTo("keep"));

        asOperator().contentType(ContentType.JSON).body(Map.of("decision", "MERGE", "keep", kept))
                .when().post("/api/v1/duplicates/" + flag + "/resolution")
                .then().statusCode(200)
                .body("status", equalTo("MERGED"))
                .body("keptId", equalTo(kept));

        asOperator().when().get("/api/v1/migrants/" + kept)
                .then().statusCode(200)
                .body("documents[0].number", equalTo(passport))
                .body("status", equalTo("REGISTERED"));
        asOperator().when().get("/api/v1/migrants/" + removed).then().body("status", equalTo("WITHDRAWN"));
        asOperator().when().get("/api/v1/migrants/" + removed + "/history")
                .then().body("[0].to", equalTo("WITHDRAWN"))
                .body("[0].reason", equalTo("merged into " + kept));
        List<Map<String, Object>> keptHistory = asOperator().when().get("/api/v1/migrants/" + kept + "/history")
                .then().extract().jsonPath().getList("");
        assertThat(keptHistory).hasSize(2);

        EventEnvelope updated = CloudEventCodec.decode(TopicProbe.ofTestStack().await(Topics.REGISTRY_MIGRANTS,
                r -> kept.equals(r.key()) && CloudEventCodec.decode(r.value()).type().equals("migrant.updated.v1"),
                Duration.ofSeconds(30)).orElseThrow().value());
        assertThat(EventSchemas.violations(EventType.MIGRANT_UPDATED, updated.dataJson())).isEmpty();
        assertThat(updated.data(MigrantUpdated.class).changed()).contains("documents");
        assertThat(TopicProbe.ofTestStack().await(Topics.REGISTRY_MIGRANTS,
                r -> removed.equals(r.key()) && CloudEventCodec.decode(r.value()).type().equals("migrant.withdrawn.v1"),
                Duration.ofSeconds(30))).isPresent();
    }
}
