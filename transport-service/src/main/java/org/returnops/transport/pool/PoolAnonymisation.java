package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.PersonalDataAnonymised;

/**
 * Retention: when the consular service announces that a closed case's retention period is over, transport
 * removes what identifies the person from its pool (names, document, day and month of birth), which
 * manifests and their CSV read; seats, statuses and counts stay.
 */
@ApplicationScoped
public class PoolAnonymisation {

    @Inject EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymised(PersonalDataAnonymised data) {
        entityManager.createNativeQuery("""
                        update pool_person set family_name = null, given_name = null, patronymic = null,
                            document_type = null, document_number = null,
                            date_of_birth = cast(date_trunc('year', date_of_birth) as date)
                        where migrant_id = :id""")
                .setParameter("id", data.migrantId()).executeUpdate();
    }
}
