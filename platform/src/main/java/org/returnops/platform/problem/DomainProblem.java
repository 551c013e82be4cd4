package org.returnops.platform.problem;

/**
 * A refusal the domain states on purpose (not found, conflict, illegal transition), mapped once to
 * problem+json. Services subclass it per case, e.g. {@code SiteNotFound}, instead of returning null or
 * throwing a web exception with a string.
 */
public abstract class DomainProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final String existingId;

    protected DomainProblem(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null);
    }

    protected DomainProblem(int status, String slug, String title, String detail, String existingId) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.existingId = existingId;
    }

    /** The id of the stored thing the request clashes with, if there is one. */
    public String existingId() {
        return existingId;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** A thing the caller asked for by id or code does not exist. */
    public static class NotFound extends DomainProblem {
        public NotFound(String detail) {
            super(404, "not-found", "Not found", detail);
        }
    }

    /** The request clashes with what is stored (a duplicate, a stale version, an illegal transition). */
    public static class Conflict extends DomainProblem {
        public Conflict(String detail) {
            super(409, "conflict", "Conflict", detail);
        }

        public Conflict(String detail, String existingId) {
            super(409, "conflict", "Conflict", detail, existingId);
        }
    }

    /** The caller is who they say, but the thing is not theirs to see or change (another country's post). */
    public static class Forbidden extends DomainProblem {
        public Forbidden(String detail) {
            super(403, "forbidden", "Forbidden", detail);
        }
    }
}
