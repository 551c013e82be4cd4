package org.returnops.registry.mrz;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.returnops.testkit.Partners.asOperator;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MrzResourceTest {

    private static final String PASSPORT_LINE_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private static final String PASSPORT_LINE_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @Test
    void theSpecimenPassportIsRead() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(PASSPORT_LINE_1, PASSPORT_LINE_2)))
                .when().post("/api/v1/mrz")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("format", equalTo("TD3"))
                .body("documentCode", equalTo("P"))
                .body("documentType", equalTo("PASSPORT"))
                .body("issuingState", equalTo("UTO"))
                .body("surname", equalTo("ERIKSSON"))
                .body("givenNames", equalTo("ANNA MARIA"))
                .body("documentNumber", equalTo("L898902C3"))
                .body("nationality", equalTo("UTO"))
                .body("dateOfBirth", equalTo("1974-08-12"))
                .body("sex", equalTo("F"))
                .body("dateOfExpiry", equalTo("2012-04-15"))
                .body("optionalData", equalTo("ZE184226B"));
    }

    @Test
    void aTajikPassportTypedInLowerCaseIsRead() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("lines", List.of("p<tjkrakhimov<<farrukh<<<<<<<<<<<<<<<<<<<<<<",
                        "4012345676tjk8803148m2906117<<<<<<<<<<<<<<00")))
                .when().post("/api/v1/mrz")
                .then().statusCode(200)
                .body("surname", equalTo("RAKHIMOV"))
                .body("givenNames", equalTo("FARRUKH"))
                .body("nationality", equalTo("TJK"))
                .body("dateOfBirth", equalTo("1988-03-14"))
                .body("sex", equalTo("M"))
                .body("optionalData", nullValue());
    }

    @Test
    void anIdCardIsRead() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("lines", List.of("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
                        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")))
                .when().post("/api/v1/mrz")
                .then().statusCode(200)
                .body("format", equalTo("TD1"))
                .body("documentType", equalTo("NATIONAL_ID"))
                .body("documentNumber", equalTo("D23145890"));
    }

    @Test
    void aWrongCheckDigitIsAProblemNamingTheField() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(PASSPORT_LINE_1, "L898902C33" + PASSPORT_LINE_2.substring(10))))
                .when().post("/api/v1/mrz")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:mrz-check-digit"))
                .body("title", equalTo("MRZ check digit failed"))
                .body("status", equalTo(422))
                .body("detail", equalTo("The check digit of documentNumber is 3 but the data gives 6."))
                .body("instance", equalTo("/api/v1/mrz"));
    }

    @Test
    void aLineOfTheWrongLengthCannotBeRead() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(PASSPORT_LINE_1, PASSPORT_LINE_2.substring(1))))
                .when().post("/api/v1/mrz")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:mrz-format"))
                .body("title", equalTo("MRZ cannot be read"))
                .body("detail",
                        equalTo("Line 2 has 43 characters; line 1 makes this a TD3 zone, whose lines have 44."));
    }

    @Test
    void missingLinesAreAValidationProblem() {
        asOperator().contentType(ContentType.JSON)
                .body("{}")
                .when().post("/api/v1/mrz")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:validation"))
                .body("violations[0].field", equalTo("lines"))
                .body("violations[0].message", equalTo("must not be null"));
    }

    @Test
    void aBlankOrOverlongLineIsAValidationProblem() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(PASSPORT_LINE_1 + "<", " ")))
                .when().post("/api/v1/mrz")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:return-ops:problem:validation"))
                .body("violations.message", containsInAnyOrder("must not be blank", "size must be between 0 and 44"));
    }

    @Test
    void aSingleLineIsAValidationProblem() {
        asOperator().contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(PASSPORT_LINE_1)))
                .when().post("/api/v1/mrz")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("lines"))
                .body("violations[0].message", equalTo("size must be between 2 and 3"));
    }

    @Test
    void theOpenApiDocumentShowsEveryAnswer() {
        asOperator().accept(ContentType.JSON).when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/mrz'.post.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "422"))
                .body("paths.'/api/v1/mrz'.post.responses.'422'.content.'application/problem+json'.examples.keySet()",
                        containsInAnyOrder("check digit", "unreadable"))
                .body("components.schemas.MrzRequest.examples[0].lines.size()", equalTo(2));
    }
}
