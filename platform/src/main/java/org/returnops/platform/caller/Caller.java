package org.returnops.platform.caller;

/**
 * Who is calling, as a header: the gateway sets it from the partner's verified token (the client id);
 * a caller that sends none is recorded as {@link #UNIDENTIFIED}. Services move to the token itself
 * ({@link org.returnops.platform.security.PartnerIdentity}) once their resources enforce roles.
 */
public final class Caller {

    public static final String HEADER = "X-Caller";
    public static final String UNIDENTIFIED = "unidentified";

    private Caller() {
    }
}
