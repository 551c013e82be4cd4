package org.returnops.registry.migrant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnops.registry.Registrations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.returnops.testkit.Partners.asOperator;

/**
 * Names as people write them in Central Asia, and nothing else: the Uzbek Latin letters ʻ and ʼ, the Tajik Cyrillic
 * letters, found by search in every spelling; a formula, digits, an address, brackets or quotes refused naming the
 * field. Through the API on real PostgreSQL.
 */
@QuarkusTest
class NameRulesTest {

    private static ValidatableResponse register(Map<String, Object> latin, Map<String, Object> cyrillic, String region) {
        Map<String, Object> body = Registrations.farrukhNamed(latin, cyrillic);
        body.put("destinationRegion", region);
        return asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants").then();
    }

    private static void found(String query, String region, String id) {
        asOperator().queryParam("q", query).queryParam("destinationRegion", region).when().get("/api/v1/migrants")
                .then().statusCode(200).body("items.id", contains(id));
    }

    private static String region() {
        return "N" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anUzbekLatinNameWithItsApostrophesIsRegisteredAndFoundInEverySpelling() {
        String region = region();
        String id = register(Map.of("family", "Oʻrinboyev", "given", "Maʼruf"), null, region)
                .statusCode(201)
                .body("nameLatin.family", equalTo("Oʻrinboyev"))
                .body("nameLatin.given", equalTo("Maʼruf"))
                .extract().path("id");

        for (String query : List.of("Oʻrinboyev", "O'rinboyev", "O’rinboyev", "Orinboyev", "Ўринбоев", "ma'ruf")) {
            found(query, region, id);
        }
    }

    @Test
    void tajikCyrillicLettersAreAcceptedInBothCasesAndFound() {
        String region = region();
        String lower = register(null, Map.of("family", "Қурбонӣ", "given", "Ҷамшед", "patronymic", "Ғуломҳусайнович"),
                region).statusCode(201).body("nameCyrillic.family", equalTo("Қурбонӣ")).extract().path("id");
        String upper = register(null, Map.of("family", "ҲАҚНАЗАРОВА", "given", "ӮҒИЛОЙ", "patronymic", "ӢСОҶОНОВНА"),
                region).statusCode(201).extract().path("id");

        found("Qurboni", region, lower);
        found("Курбони", region, lower);
        found("Haqnazarova", region, upper);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+Rakhimov", "-Rakhimov", "@Rakhimov", "Rakhimov2",
            "http://rakhimov.example", "Rakhimov (Farrukh)", "\"Rakhimov\"", "Rakhimov;", "ʻRakhimov"})
    void whatIsNoPartOfANameIsRefusedNamingTheFieldAndTheRule(String family) {
        register(Map.of("family", family, "given", "Farrukh"), null, region())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:validation"))
                .body("violations.field", contains("nameLatin.family"))
                .body("violations.message", contains(RegistrationRules.NAME_RULE));
    }

    @Test
    void aFormulaInACyrillicNameIsRefusedToo() {
        register(null, Map.of("family", "Рахимов", "given", "=Фаррух"), region())
                .statusCode(400)
                .body("violations.field", hasItem("nameCyrillic.given"));
    }

    @Test
    void aRefusedRegistrationIsExplainedInRussianWhenRussianIsAccepted() {
        Map<String, Object> body = Registrations.farrukh();
        body.put("nameLatin", Map.of("family", "=HYPERLINK(\"http://x\")", "given", "Farrukh"));
        body.put("dateOfBirth", java.time.LocalDate.now().plusDays(1).toString());
        asOperator().header("Accept-Language", "ru").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/migrants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:validation"))
                .body("title", equalTo("Запрос содержит ошибки"))
                .body("violations.field", contains("dateOfBirth"))
                .body("violations.message", contains("должно содержать прошедшую дату"))
                .body("detail", equalTo("Поле dateOfBirth: должно содержать прошедшую дату."));
    }
}
