package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.PersonalDataAnonymised;
import org.returnops.messaging.inbox.EventHandler;
import org.returnops.registry.migrant.Anonymisation;

/** PersonalDataAnonymised removes what identifies the person from the registry too. */
@ApplicationScoped
public class PersonalDataAnonymisedHandler implements EventHandler<PersonalDataAnonymised> {

    private final Anonymisation anonymisation;

    public PersonalDataAnonymisedHandler(Anonymisation anonymisation) {
        this.anonymisation = anonymisation;
    }

    @Override
    public Class<PersonalDataAnonymised> dataClass() {
        return PersonalDataAnonymised.class;
    }

    @Override
    public void handle(PersonalDataAnonymised data, EventEnvelope envelope) {
        anonymisation.anonymise(data);
    }
}
