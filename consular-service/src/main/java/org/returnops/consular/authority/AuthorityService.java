package org.returnops.consular.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class AuthorityService {

    @Inject AuthorityRepository authorities;

    public List<AuthorityView> list(String country) {
        return authorities.listByCountry(country).stream().map(AuthorityView::from).toList();
    }

    public AuthorityView get(String code) {
        return AuthorityView.from(authorities.require(code, AuthorityNotFound::new));
    }

    @Transactional
    public AuthorityView create(AuthorityRequest request) {
        authorities.requireFree(request.code(), "An authority");
        Authority authority = new Authority();
        authority.code = request.code();
        authority.name = request.name().strip();
        authority.country = request.country();
        authority.clearance = request.clearance();
        authority.partnerRole = request.partnerRole();
        authority.createdAt = Instant.now();
        authorities.persistAndFlush(authority);
        return AuthorityView.from(authority);
    }
}
