package org.returnops.registry.site;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.registry.Examples;

import java.time.Instant;

/** A staging site as the API shows it. */
@Schema(name = "Site", example = Examples.SITE)
public record SiteView(String code, String name, String country, String region, SiteKind kind, Integer capacity,
        Instant createdAt) {

    static SiteView from(Site site) {
        return new SiteView(site.code, site.name, site.country, site.region, site.kind, site.capacity, site.createdAt);
    }
}
