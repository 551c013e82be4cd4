package org.returnops.transport.pool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.ClearanceCaseReopened;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.contracts.events.PersonName;
import org.returnops.transport.manifest.ManifestService;
import org.returnops.platform.time.StoredTime;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the pool of people from the registry's and consular's events. One person's events come on two topics,
 * so they may arrive in any order: each handler changes only what its event knows and leaves the rest, so a
 * clearance known before the registration is kept and the person becomes eligible once both are known. Every
 * change is idempotent (applying an event twice leaves the same state).
 */
@ApplicationScoped
public class PoolService {

    @Inject PoolRepository pool;
    @Inject ManifestService manifests;

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(MigrantRegistered data) {
        identity(person(data.migrantId()), data.householdId(), data.nameLatin(), data.sex(), data.dateOfBirth(),
                data.nationality(), data.documents(), data.vulnerabilities(), data.seatNeeds(),
                data.destinationRegion(), data.consentGiven());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(MigrantUpdated data) {
        identity(person(data.migrantId()), data.householdId(), data.nameLatin(), data.sex(), data.dateOfBirth(),
                data.nationality(), data.documents(), data.vulnerabilities(), data.seatNeeds(),
                data.destinationRegion(), data.consentGiven());
        if (!data.consentGiven()) {
            manifests.release(data.migrantId(), "WITHDRAWN", "consent withdrawn");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(MigrantWithdrawn data) {
        PoolPerson person = person(data.migrantId());
        person.withdrawn = true;
        touch(person);
        manifests.release(data.migrantId(), "WITHDRAWN", "withdrew: " + data.reason());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cleared(MigrantCleared data) {
        PoolPerson person = person(data.migrantId());
        person.cleared = true;
        person.denied = false;
        person.clearedAt = StoredTime.of(data.clearedAt());
        person.validUntil = StoredTime.of(data.validUntil());
        touch(person);
    }

    /** A clearance pending again for a cleared person: one expired or was revoked, so they are not cleared. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopened(ClearanceCaseReopened data) {
        PoolPerson person = pool.findById(data.migrantId());
        if (person == null || !person.cleared) {
            return;
        }
        person.cleared = false;
        touch(person);
        manifests.release(data.migrantId(), "CLEARANCE_NOT_VALID", data.clearanceType() + " from "
                + data.authorityCode() + " must be decided again");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void denied(ClearanceDenied data) {
        PoolPerson person = person(data.migrantId());
        person.cleared = false;
        person.denied = true;
        touch(person);
        manifests.release(data.migrantId(), "CLEARANCE_NOT_VALID", data.authorityCode() + " denied "
                + data.clearanceType() + ": " + data.reason());
    }

    private void identity(PoolPerson person, UUID householdId, PersonName name, String sex, LocalDate dateOfBirth,
            String nationality, List<IdentityDocument> documents, List<String> vulnerabilities, List<String> seatNeeds,
            String destinationRegion, boolean consentGiven) {
        person.registered = true;
        person.householdId = householdId;
        person.familyName = name.family();
        person.givenName = name.given();
        person.patronymic = name.patronymic();
        person.sex = sex;
        person.dateOfBirth = dateOfBirth;
        person.nationality = nationality;
        IdentityDocument document = documents.stream().min(Comparator.comparingInt(PoolService::documentRank))
                .orElse(null);
        person.documentType = document == null ? null : document.type();
        person.documentNumber = document == null ? null : document.number();
        person.vulnerabilities = PoolPerson.join(vulnerabilities);
        person.seatNeeds = PoolPerson.join(seatNeeds);
        person.destinationRegion = destinationRegion;
        person.consentGiven = consentGiven;
        touch(person);
    }

    /** The document a border post checks first: a certificate of return, then a passport, an id, a birth certificate. */
    private static int documentRank(IdentityDocument document) {
        return switch (document.type()) {
            case "CERTIFICATE_OF_RETURN" -> 0;
            case "PASSPORT" -> 1;
            case "NATIONAL_ID" -> 2;
            default -> 3;
        };
    }

    private PoolPerson person(UUID migrantId) {
        PoolPerson person = pool.findById(migrantId);
        if (person == null) {
            person = new PoolPerson();
            person.migrantId = migrantId;
            person.updatedAt = StoredTime.now();
            pool.persist(person);
        }
        return person;
    }

    private static void touch(PoolPerson person) {
        person.updatedAt = StoredTime.now();
    }
}
