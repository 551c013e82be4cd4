package org.returnops.platform.security;

/**
 * The partner roles, as the gateway puts them in the token's {@code groups} claim; use them in
 * {@code @RolesAllowed}.
 */
public final class Roles {

    /** IOM staff running the operation. */
    public static final String OPERATOR = "operator";
    /** Kazakhstan's migration service: KZ exit. */
    public static final String KZ_MIGRATION = "kz-migration";
    /** Uzbekistan's border service: UZ transit. */
    public static final String UZ_BORDER = "uz-border";
    /** Tajikistan's embassy in Kazakhstan: nationality and travel documents. */
    public static final String TJ_EMBASSY = "tj-embassy";
    /** Tajikistan's border and health service: TJ entry. */
    public static final String TJ_BORDER = "tj-border";
    /** Read-only observers: statistics, never names. */
    public static final String OBSERVER = "observer";
    /** A data-protection officer: reads the audit trail of every service, nothing else. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
