package org.returnops.registry.migrant;

import org.returnops.platform.problem.DomainProblem;

/** Optimistic concurrency for changes: the caller must say which version it changes, and it must be current. */
public class PreconditionProblem extends DomainProblem {

    private PreconditionProblem(int status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    public static PreconditionProblem required() {
        return new PreconditionProblem(428, "precondition-required", "If-Match required",
                "Send If-Match with the ETag of the record as you read it, so that no one else's change is lost.");
    }

    public static PreconditionProblem stale(long current) {
        return new PreconditionProblem(412, "precondition-failed", "Record changed meanwhile",
                "The record was changed since you read it (its ETag is now \"" + current + "\"): read it again "
                        + "and apply your change to what it is now.");
    }
}
