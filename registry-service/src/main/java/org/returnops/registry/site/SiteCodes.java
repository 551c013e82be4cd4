package org.returnops.registry.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codes of staging sites known to exist, so that a registration checks its site without a query.
 * Sites are only ever added (never removed or renamed), so a code once found stays valid; a code not
 * known yet (added meanwhile, perhaps by another instance) is looked up and then remembered.
 */
@ApplicationScoped
public class SiteCodes {

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    @Inject SiteRepository sites;

    public boolean exists(String code) {
        if (known.contains(code)) {
            return true;
        }
        boolean found = sites.findByIdOptional(code).isPresent();
        if (found) {
            known.add(code);
        }
        return found;
    }
}
