package org.returnops.registry.migrant;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.Topics;
import org.returnops.registry.Registrations;
import org.returnops.testkit.SqlRows;
import org.returnops.testkit.TopicProbe;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asOperatorClient;

/**
 * A partner that did not hear the answer to a registration sends it again with the same {@code Idempotency-Key}:
 * the person is registered and announced once, and the retry is answered with that person. A person without
 * documents is the case that matters: nothing else would tell the two requests apart.
 */
@QuarkusTest
class IdempotentRegistrationTest {

    @Inject AgroalDataSource dataSource;

    /** A registration without documents under a family name no other test uses. */
    private static Map<String, Object> personWithoutDocuments() {
        String family = "Rakhimov" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toLowerCase(Locale.ROOT);
        return Registrations.farrukhNamed(Map.of("family", family, "given", "Farrukh"), null);
    }

    private static ExtractableResponse<Response> register(RequestSpecification as, Map<String, Object> body,
            String key) {
        return as.contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/migrants").then().extract();
    }

    private long registered(Map<String, Object> body) throws SQLException {
        String family = ((Map<?, ?>) body.get("nameLatin")).get("family").toString();
        return new SqlRows(dataSource).count("select count(*) from migrant where family_name_latin = '" + family + "'");
    }

    @Test
    void theSameRegistrationSentAgainWithItsKeyRegistersAndAnnouncesThePersonOnce() throws SQLException {
        Map<String, Object> body = personWithoutDocuments();
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = register(asOperator(), body, key);
        ExtractableResponse<Response> again = register(asOperator(), body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        String id = first.path("id");
        assertThat(again.<String>path("id")).isEqualTo(id);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(registered(body)).isEqualTo(1);
        assertThat(TopicProbe.ofTestStack().all(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()), 2,
                Duration.ofSeconds(5))).hasSize(1);

        // without a key, the same body is a second person: that is what the key is for
        asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants").then().statusCode(201);
        assertThat(registered(body)).isEqualTo(2);
    }

    @Test
    void aKeySentAgainWithAnotherRegistrationIsRefusedAndStoresNothing() throws SQLException {
        Map<String, Object> body = personWithoutDocuments();
        Map<String, Object> other = personWithoutDocuments();
        String key = UUID.randomUUID().toString();
        register(asOperator(), body, key).response().then().statusCode(201);

        register(asOperator(), other, key).response().then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:idempotency-key-reused"))
                .body("detail", containsString("Idempotency-Key " + key));
        assertThat(registered(other)).isZero();
    }

    @Test
    void keysArePerPartnerAndAKeyThatIsNotOneIsABadRequestNamingTheHeader() throws SQLException {
        Map<String, Object> body = personWithoutDocuments();
        String key = UUID.randomUUID().toString();
        String mine = register(asOperator(), body, key).path("id");
        String theirs = register(asOperatorClient("operator-desk-2"), body, key).path("id");
        assertThat(theirs).isNotEqualTo(mine);
        assertThat(registered(body)).isEqualTo(2);

        for (String notAKey : List.of("two words", "x".repeat(256), "tab\tinside")) {
            register(asOperator(), personWithoutDocuments(), notAKey).response().then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("Idempotency-Key"));
        }
    }

    @Test
    void aHouseholdFormedAgainWithItsKeyRegistersItsNewMembersOnce() throws SQLException {
        String head = asOperator().contentType(ContentType.JSON).body(personWithoutDocuments())
                .when().post("/api/v1/migrants").then().statusCode(201).extract().path("id");
        Map<String, Object> child = personWithoutDocuments();
        Map<String, Object> request = Map.of("headId", head, "newMembers", List.of(child));
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = asOperator().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).when().post("/api/v1/households").then().statusCode(201).extract();
        ExtractableResponse<Response> again = asOperator().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).when().post("/api/v1/households").then().statusCode(201).extract();

        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(registered(child)).isEqualTo(1);
    }
}
