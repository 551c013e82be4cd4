package org.returnops.registry.migrant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Optional;

/**
 * Who already holds a document. A registration does not ask before writing: the unique constraint on
 * (type, number, issuing state) decides, also between two registrations racing for one document, and only
 * when it refuses is the holder looked up, in a transaction of its own since the registration's is lost.
 */
@ApplicationScoped
public class DocumentHolders {

    static final String UNIQUE_DOCUMENT = "identity_document_unique";

    @Inject MigrantRepository migrants;

    /** The conflict to answer when the failure is the document constraint; empty for any other failure. */
    public Optional<DocumentInUse> conflict(PersistenceException failure, List<MigrantRequest.Document> documents) {
        if (!isDocumentConstraint(failure)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            for (MigrantRequest.Document document : documents) {
                Optional<Migrant> holder = migrants.findByDocument(document.type(), document.number(),
                        document.issuingState());
                if (holder.isPresent()) {
                    return Optional.of(new DocumentInUse(document, holder.get().id));
                }
            }
            return Optional.empty();
        });
    }

    private static boolean isDocumentConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && UNIQUE_DOCUMENT.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
