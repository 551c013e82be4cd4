package org.returnops.registry.site;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.messaging.reference.ReferenceRepository;

@ApplicationScoped
public class SiteRepository implements ReferenceRepository<Site> {
}
