package org.returnops.transport;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.returnops.testkit.RoleWalk;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the service's own OpenAPI document and calls it as the document says who may
 * ({@link RoleWalk}): so the roles partners read are the roles the service enforces.
 */
@QuarkusTest
class OperationRolesTest {

    @Test
    void everyOperationEnforcesTheRolesItsDocumentLists() {
        assertThat(RoleWalk.ofThisService().atLeast(23).walk()).extracting(Object::toString)
                .contains("GET /api/v1/convoys/{id}/manifest", "GET /api/v1/vehicles", "GET /api/v1/routes/{code}");
    }
}
