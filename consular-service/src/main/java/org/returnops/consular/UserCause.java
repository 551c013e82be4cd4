package org.returnops.consular;

import io.quarkus.security.UnauthorizedException;
import org.returnops.platform.security.PartnerIdentity;

/** The cause a partner's request is recorded with in a case history and on a decision: {@code user:<client id>}. */
public final class UserCause {

    private UserCause() {
    }

    /** A token that names no client (no subject) does not identify a partner: 401. */
    public static String of(PartnerIdentity partner) {
        return "user:" + partner.clientId().orElseThrow(UnauthorizedException::new);
    }
}
