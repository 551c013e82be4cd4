package org.returnops.registry.migrant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.PersonalDataAnonymised;

import java.util.UUID;

/**
 * Retention: when the consular service announces that a closed case's retention period is over
 * (personal-data.anonymised.v1), the registry removes what identifies the person: names (a placeholder
 * stays, as a record needs one), phone, documents, the day and month of birth, the search text and the
 * free text of the status history. Status, history, site, nationality, sex, year of birth, vulnerabilities
 * and household stay, so statistics still count the person.
 */
@ApplicationScoped
public class Anonymisation {

    /** What stands where the names were. */
    public static final String PLACEHOLDER = "ANONYMISED";

    @Inject EntityManager entityManager;

    /** Removes the person's personal data; false when the registry does not know the person. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean anonymise(PersonalDataAnonymised data) {
        UUID migrantId = data.migrantId();
        int updated = entityManager.createNativeQuery("""
                        update migrant set family_name_latin = :placeholder, given_name_latin = :placeholder,
                            patronymic_latin = null, family_name_cyrillic = null, given_name_cyrillic = null,
                            patronymic_cyrillic = null, phone = null, search_text = '',
                            date_of_birth = cast(date_trunc('year', date_of_birth) as date),
                            version = version + 1, updated_at = now()
                        where id = :id""")
                .setParameter("placeholder", PLACEHOLDER).setParameter("id", migrantId).executeUpdate();
        if (updated == 0) {
            return false;
        }
        entityManager.createNativeQuery("delete from identity_document where migrant_id = :id")
                .setParameter("id", migrantId).executeUpdate();
        entityManager.createNativeQuery("update status_change set reason = null where migrant_id = :id")
                .setParameter("id", migrantId).executeUpdate();
        // the digest of the registration sent with an idempotency key is derived from the person's data
        entityManager.createNativeQuery("delete from idempotency_key where resource_id = :id")
                .setParameter("id", migrantId).executeUpdate();
        return true;
    }
}
