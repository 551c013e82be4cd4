package org.returnops.registry.migrant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.TravelDocumentIssued;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.time.StoredTime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Documents another service issued for a person: the certificate of return the Tajik embassy issues
 * (announced by consular) becomes one of the person's documents, so the border posts see the document
 * the person travels on. Recorded in the person's history and announced with migrant.updated.v1 (field
 * {@code documents}), which transport follows into its manifests.
 */
@ApplicationScoped
public class IssuedDocuments {

    @Inject MigrantRepository migrants;
    @Inject StatusChangeRepository history;
    @Inject MigrantEvents events;
    @Inject Outbox outbox;

    /**
     * Adds the issued document to the person's record; false when the person is not registered. A
     * document the record already holds (same id) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean issued(TravelDocumentIssued data, String eventId) {
        Optional<Migrant> found = migrants.findByIdOptional(data.migrantId());
        if (found.isEmpty()) {
            return false;
        }
        Migrant migrant = found.get();
        if (migrant.documents.stream().anyMatch(d -> data.documentId().equals(d.id))) {
            return true;
        }
        DocumentType type = DocumentType.valueOf(data.documentType());
        MigrantDocument document = new MigrantDocument();
        document.id = data.documentId();
        document.migrant = migrant;
        document.type = type;
        document.number = data.number();
        document.issuingState = data.issuingState();
        document.expiresOn = data.validUntil();
        migrant.documents.add(document);
        Instant now = StoredTime.now();
        migrant.updatedAt = now;
        StatusChange entry = new StatusChange();
        entry.migrantId = migrant.id;
        entry.fromStatus = migrant.status;
        entry.toStatus = migrant.status;
        entry.changedAt = now;
        entry.cause = "event:" + eventId;
        entry.reason = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + data.number()
                + " issued by " + data.issuedBy() + ", valid until " + data.validUntil();
        history.persist(entry);
        migrants.flush();
        outbox.publish(events.updated(migrant, List.of("documents"), now), migrant.id.toString());
        return true;
    }
}
