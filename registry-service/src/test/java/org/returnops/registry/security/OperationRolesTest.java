package org.returnops.registry.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.returnops.platform.security.Roles;
import org.returnops.testkit.RoleWalk;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the service's own OpenAPI document and calls it as the document says who may
 * ({@link RoleWalk}): so the roles partners read are the roles enforced. On top: which operations are the
 * operator's, the auditor's, or open to every partner.
 */
@QuarkusTest
class OperationRolesTest {

    /** Personal data is the operator's; the audit trail of who read it is the data-protection officer's alone. */
    @Test
    void everyOperationDocumentsItsRoles() {
        List<RoleWalk.Operation> operations = RoleWalk.ofThisService().atLeast(18).operations();
        assertThat(operations.stream().filter(operation -> operation.roles().isEmpty()).map(Object::toString))
                .as("open to every partner: sites and counts, no personal data")
                .containsExactlyInAnyOrder("GET /api/v1/sites", "GET /api/v1/sites/{code}", "GET /api/v1/statistics");
        assertThat(operations.stream().filter(operation -> !operation.roles().isEmpty()))
                .allSatisfy(operation -> assertThat(operation.roles()).as(operation.toString())
                        .containsExactly(operation.path().startsWith("/api/v1/audit/") ? Roles.AUDITOR
                                : Roles.OPERATOR));
    }

    @Test
    void everyOperationIsRefusedWithoutATokenAndAllowsExactlyTheRolesItDocuments() {
        RoleWalk.ofThisService().atLeast(18).walk();
    }
}
