package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.TravelDocumentIssued;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.messaging.inbox.PoisonEvent;
import org.returnops.registry.migrant.IssuedDocuments;

/** TravelDocumentIssued adds the certificate of return to the person's documents. */
@ApplicationScoped
public class TravelDocumentIssuedHandler implements EventHandler<TravelDocumentIssued> {

    private final IssuedDocuments documents;

    public TravelDocumentIssuedHandler(IssuedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Class<TravelDocumentIssued> dataClass() {
        return TravelDocumentIssued.class;
    }

    @Override
    public void handle(TravelDocumentIssued data, EventEnvelope envelope) {
        if (!documents.issued(data, envelope.id())) {
            throw new PoisonEvent(envelope.type() + " names person " + data.migrantId() + ", who is not registered");
        }
    }
}
