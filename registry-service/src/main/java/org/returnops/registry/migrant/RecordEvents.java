package org.returnops.registry.migrant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.contracts.EventType;
import org.returnops.contracts.events.PersonalDataAnonymised;
import org.returnops.contracts.events.TravelDocumentIssued;
import org.returnops.messaging.inbox.DeliveredEvent;
import org.returnops.messaging.inbox.EventHandlerTable;
import org.returnops.messaging.inbox.EventHandlers;
import org.returnops.messaging.inbox.PoisonEvent;

/**
 * The consular events that change a person's record rather than their status: a certificate of return
 * becomes one of their documents, and the end of the retention period removes what identifies them.
 */
@ApplicationScoped
public class RecordEvents implements EventHandlerTable {

    @Inject IssuedDocuments documents;
    @Inject Anonymisation anonymisation;

    @Override
    public void declare(EventHandlers handlers) {
        handlers.on(EventType.TRAVEL_DOCUMENT_ISSUED, TravelDocumentIssued.class, this::documentIssued)
                .on(EventType.PERSONAL_DATA_ANONYMISED, PersonalDataAnonymised.class,
                        (data, event) -> anonymisation.anonymise(data));
    }

    void documentIssued(TravelDocumentIssued data, DeliveredEvent event) {
        if (!documents.issued(data, event.envelope().id())) {
            throw new PoisonEvent(event.envelope().type() + " names person " + data.migrantId()
                    + ", who is not registered");
        }
    }
}
