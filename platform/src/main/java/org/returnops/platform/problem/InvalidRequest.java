package org.returnops.platform.problem;

import java.util.List;

/**
 * A request that passes the field-by-field rules but breaks a rule across fields or against stored
 * data; answered exactly like a Bean Validation failure, naming each field and rule.
 */
public class InvalidRequest extends RuntimeException {

    private final List<Problem.Violation> violations;

    public InvalidRequest(String field, String message) {
        this(List.of(new Problem.Violation(field, message)));
    }

    public InvalidRequest(List<Problem.Violation> violations) {
        super(violations.toString(), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
