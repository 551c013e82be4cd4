package org.returnops.registry.migrant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.returnops.registry.Registrations;

import java.util.List;
import java.util.Map;

import static org.returnops.testkit.Partners.asOperator;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A registration that carries a passport's MRZ instead of typed document fields. */
@QuarkusTest
class MrzRegistrationTest {

    private static final List<String> PASSPORT = List.of(
            "P<TJKRAKHIMOV<<FARRUKH<<<<<<<<<<<<<<<<<<<<<<",
            "4012345676TJK8803148M2906117<<<<<<<<<<<<<<00");

    @Test
    void theMrzGivesTheDocumentAndTheLatinNameAndContradictionsAreRefused() {
        Map<String, Object> contradicting = Registrations.farrukh();
        contradicting.put("mrz", PASSPORT);
        contradicting.put("dateOfBirth", "1988-03-15");
        contradicting.put("nationality", "UZB");
        contradicting.put("nameLatin", Map.of("family", "Karimov", "given", "Farrukh"));
        asOperator().contentType(ContentType.JSON).body(contradicting).when().post("/api/v1/migrants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("dateOfBirth", "nationality", "nameLatin.family"))
                .body("violations[0].message", startsWith("contradicts the MRZ"));

        Map<String, Object> body = Registrations.farrukh();
        body.remove("nameLatin");
        body.put("mrz", PASSPORT);
        asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants")
                .then().statusCode(201)
                .body("nameLatin.family", equalTo("Rakhimov"))
                .body("nameLatin.given", equalTo("Farrukh"))
                .body("documents[0].type", equalTo("PASSPORT"))
                .body("documents[0].number", equalTo("401234567"))
                .body("documents[0].issuingState", equalTo("TJK"))
                .body("documents[0].expiresOn", equalTo("2029-06-11"));

        asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants")
                .then().statusCode(409).body("type", equalTo("urn:return-ops:problem:conflict"));
    }

    @Test
    void aCorruptedMrzIsA422NamingTheCheckDigit() {
        Map<String, Object> body = Registrations.farrukh();
        body.put("mrz", List.of(PASSPORT.get(0), "4012345677TJK8803148M2906117<<<<<<<<<<<<<<00"));
        asOperator().contentType(ContentType.JSON).body(body).when().post("/api/v1/migrants")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:mrz-check-digit"))
                .body("detail", org.hamcrest.Matchers.containsString("documentNumber"));
    }
}
