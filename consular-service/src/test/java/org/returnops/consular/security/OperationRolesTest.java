package org.returnops.consular.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.returnops.testkit.RoleWalk;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the service's own OpenAPI document and calls it as the document says who may
 * ({@link RoleWalk}); an authority code in a path is the caller's own organisation (an authority reads its
 * own queue only). On top: the roles of the operations partners depend on most.
 */
@QuarkusTest
class OperationRolesTest {

    private static RoleWalk walk() {
        return RoleWalk.ofThisService().atLeast(11);
    }

    @Test
    void everyOperationNeedsATokenAndOnlyItsRoles() {
        List<RoleWalk.Operation> operations = walk().walk();
        assertThat(operations).extracting(Object::toString).contains(
                "GET /api/v1/authorities", "POST /api/v1/clearances/{id}/decision",
                "POST /api/v1/clearance-cases/{migrantId}/travel-documents");
    }

    @Test
    void everyOperationNamesItsRoles() {
        Map<String, String> expected = Map.of(
                "POST /api/v1/authorities", "[operator]",
                "GET /api/v1/clearance-cases", "[operator]",
                "GET /api/v1/authorities/{code}/queue", "[operator, kz-migration, uz-border, tj-embassy, tj-border]",
                "POST /api/v1/clearances/{id}/decision", "[kz-migration, uz-border, tj-embassy, tj-border]",
                "POST /api/v1/clearance-cases/{migrantId}/travel-documents", "[tj-embassy]",
                "GET /api/v1/authorities/{code}", "[]");
        List<RoleWalk.Operation> operations = walk().operations();
        expected.forEach((operation, roles) -> assertThat(operations)
                .filteredOn(o -> o.toString().equals(operation)).singleElement()
                .extracting(o -> o.roles().toString()).as(operation).isEqualTo(roles));
    }
}
