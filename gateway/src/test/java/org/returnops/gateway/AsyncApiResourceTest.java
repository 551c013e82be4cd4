package org.returnops.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.AsyncApiDocument;
import org.returnops.contracts.EventType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AsyncApiResourceTest {

    @Test
    void theGatewayServesTheAsyncApiDocumentOfTheContracts() {
        String served = given().when().get("/asyncapi.yaml")
                .then().statusCode(200)
                .contentType("application/yaml")
                .extract().asString();
        assertThat(served).isEqualTo(AsyncApiDocument.render());
        assertThat(served).startsWith("asyncapi: 3.0.0").contains("partner.tj-embassy-kz.decisions.v1");
        for (EventType type : EventType.values()) {
            assertThat(served).contains(type.type());
        }
    }
}
