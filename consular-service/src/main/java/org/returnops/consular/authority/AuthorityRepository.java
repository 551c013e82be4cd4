package org.returnops.consular.authority;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.messaging.reference.ReferenceRepository;

@ApplicationScoped
public class AuthorityRepository implements ReferenceRepository<Authority> {
}
