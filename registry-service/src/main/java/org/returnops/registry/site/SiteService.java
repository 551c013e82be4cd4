package org.returnops.registry.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.returnops.platform.problem.DomainProblem;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class SiteService {

    private final SiteRepository sites;

    public SiteService(SiteRepository sites) {
        this.sites = sites;
    }

    public List<SiteView> list(String country) {
        return sites.listByCountry(country).stream().map(SiteView::from).toList();
    }

    public SiteView get(String code) {
        return sites.findByIdOptional(code).map(SiteView::from).orElseThrow(() -> new SiteNotFound(code));
    }

    @Transactional
    public SiteView create(SiteRequest request) {
        if (sites.findByIdOptional(request.code()).isPresent()) {
            throw new DomainProblem.Conflict("A staging site with code " + request.code() + " already exists.");
        }
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
