package org.returnops.consular.authority;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.consular.Examples;

import java.time.Instant;

/** A deciding authority as the API shows it. */
@Schema(name = "Authority", example = Examples.AUTHORITY)
public record AuthorityView(String code, String name, String country, ClearanceType clearance, String partnerRole,
        Instant createdAt) {

    static AuthorityView from(Authority authority) {
        return new AuthorityView(authority.code, authority.name, authority.country, authority.clearance,
                authority.partnerRole, authority.createdAt);
    }
}
