package org.returnops.consular.clearance;

import io.smallrye.config.ConfigMapping;
import org.returnops.consular.authority.ClearanceType;

import java.util.Map;

/** The clearances the land route needs and the authority that decides each: reference data, not code. */
@ConfigMapping(prefix = "consular.route")
public interface RouteConfig {

    Map<ClearanceType, String> authorities();
}
