package org.returnops.consular.clearance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import org.returnops.consular.authority.ClearanceType;

import java.time.Duration;
import java.util.Map;

/** The clearances the land route needs, the authority that decides each, and the route's rules. */
@ConfigMapping(prefix = "consular")
public interface RouteConfig {

    /** The authority that decides each clearance. */
    @WithName("route.authorities")
    Map<ClearanceType, String> authorities();

    @WithName("uz-transit.pcr-required")
    boolean pcrRequired();

    /** How old a negative PCR test may be when UZ transit is granted. */
    @WithName("uz-transit.pcr-validity")
    Duration pcrValidity();

    @WithName("certificate-of-return.validity")
    Duration certificateValidity();

    /** How often granted clearances are checked for expiry. */
    @WithName("expiry.check-every")
    Duration expiryCheckEvery();
}
