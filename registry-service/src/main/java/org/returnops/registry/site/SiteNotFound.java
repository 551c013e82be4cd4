package org.returnops.registry.site;

import org.returnops.platform.problem.DomainProblem;

public class SiteNotFound extends DomainProblem.NotFound {

    public SiteNotFound(String code) {
        super("There is no staging site with code " + code + ".");
    }
}
