package org.returnops.platform.caller;

/**
 * Who is calling: the gateway sets the header from the partner's verified identity; until the gateway
 * authenticates partners, a caller that sends none is recorded as {@link #UNIDENTIFIED}.
 */
public final class Caller {

    public static final String HEADER = "X-Caller";
    public static final String UNIDENTIFIED = "unidentified";

    private Caller() {
    }
}
