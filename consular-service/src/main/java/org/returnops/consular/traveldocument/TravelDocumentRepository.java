package org.returnops.consular.traveldocument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TravelDocumentRepository implements PanacheRepositoryBase<TravelDocument, UUID> {

    /** Whether the person holds a certificate of return valid on the day and not yet used. */
    public boolean holdsValid(UUID migrantId, LocalDate day) {
        return validFor(migrantId, day).isPresent();
    }

    /** The person's certificate of return valid on the day and not yet used, if any. */
    public Optional<TravelDocument> validFor(UUID migrantId, LocalDate day) {
        return list("migrantId", migrantId).stream().filter(document -> document.validOn(day)).findFirst();
    }

    /** The certificates the person holds and has not used yet. */
    public List<TravelDocument> unused(UUID migrantId) {
        return list("migrantId = ?1 and used = false", migrantId);
    }
}
