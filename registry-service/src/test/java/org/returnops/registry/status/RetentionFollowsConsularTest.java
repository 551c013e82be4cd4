package org.returnops.registry.status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.events.PersonalDataAnonymised;
import org.returnops.registry.Registrations;
import org.returnops.testkit.EventSender;
import org.returnops.testkit.Waiting;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.returnops.testkit.Partners.asOperator;

/** When consular announces that a closed case's retention period is over, nothing in the registry names the person. */
@QuarkusTest
class RetentionFollowsConsularTest {

    @Test
    void theRecordKeepsItsStatusButLosesNamesDocumentsPhoneAndSearchText() {
        Map<String, Object> body = Registrations.farrukh();
        body.put("phone", "+992935551234");
        String id = asOperator().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/migrants").then().statusCode(201).extract().path("id");
        PersonalDataAnonymised data = new PersonalDataAnonymised(UUID.fromString(id), "CLOSED",
                Instant.parse("2020-10-24T09:30:00Z"), Instant.now());
        EventSender.as("consular").send(data, id);

        Waiting.until("the record is anonymised").untilAsserted(() -> asOperator().when().get("/api/v1/migrants/" + id)
                .then().statusCode(200)
                .body("nameLatin.family", equalTo("ANONYMISED"))
                .body("nameCyrillic", nullValue())
                .body("phone", nullValue())
                .body("documents", empty())
                .body("status", equalTo("REGISTERED")));
        asOperator().queryParam("q", "Rakhimov").queryParam("site", "KZ-ZHIBEK-ZHOLY").queryParam("size", 200)
                .when().get("/api/v1/migrants")
                .then().statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }", empty());
        asOperator().when().get("/api/v1/migrants/" + id + "/history")
                .then().statusCode(200).body("[0].reason", nullValue());
    }
}
