package org.returnops.consular.traveldocument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class TravelDocumentRepository implements PanacheRepositoryBase<TravelDocument, UUID> {

    /** Whether the person holds a certificate of return valid on the day and not yet used. */
    public boolean holdsValid(UUID migrantId, LocalDate day) {
        return list("migrantId", migrantId).stream().anyMatch(document -> document.validOn(day));
    }
}
