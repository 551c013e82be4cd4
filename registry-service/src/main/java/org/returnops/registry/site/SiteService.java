package org.returnops.registry.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class SiteService {

    @Inject SiteRepository sites;

    public List<SiteView> list(String country) {
        return sites.listByCountry(country).stream().map(SiteView::from).toList();
    }

    public SiteView get(String code) {
        return SiteView.from(sites.require(code, SiteNotFound::new));
    }

    @Transactional
    public SiteView create(SiteRequest request) {
        sites.requireFree(request.code(), "A staging site");
        Site site = new Site();
        site.code = request.code();
        site.name = request.name().strip();
        site.country = request.country();
        site.region = request.region();
        site.kind = request.kind();
        site.capacity = request.capacity();
        site.createdAt = Instant.now();
        sites.persistAndFlush(site);
        return SiteView.from(site);
    }
}
