package org.returnops.registry.migrant;

import org.returnops.platform.problem.DomainProblem;

import java.util.UUID;

/** The same document (type, number, issuing state) is already registered to a person. */
public class DocumentInUse extends DomainProblem.Conflict {

    public DocumentInUse(MigrantRequest.Document document, UUID existing) {
        super("The " + document.type() + " " + document.number() + " issued by " + document.issuingState()
                + " is already registered to person " + existing + ".", existing.toString());
    }
}
