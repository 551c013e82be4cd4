package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.events.PersonalDataAnonymised;
import org.returnops.messaging.inbox.EventHandler;

/** PersonalDataAnonymised removes what identifies the person from the pool. */
@ApplicationScoped
public class PersonalDataAnonymisedHandler implements EventHandler<PersonalDataAnonymised> {

    private final PoolAnonymisation anonymisation;

    public PersonalDataAnonymisedHandler(PoolAnonymisation anonymisation) {
        this.anonymisation = anonymisation;
    }

    @Override
    public Class<PersonalDataAnonymised> dataClass() {
        return PersonalDataAnonymised.class;
    }

    @Override
    public void handle(PersonalDataAnonymised data, EventEnvelope envelope) {
        anonymisation.anonymised(data);
    }
}
