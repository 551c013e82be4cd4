package org.returnops.consular.authority;

import org.returnops.platform.problem.DomainProblem;

public class AuthorityNotFound extends DomainProblem.NotFound {

    public AuthorityNotFound(String code) {
        super("There is no authority with code " + code + ".");
    }
}
