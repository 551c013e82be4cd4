package org.returnops.registry.migrant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.PersonName;
import org.returnops.registry.duplicate.Transliteration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * A person's record as the registry announces it: migrant.registered.v1 and migrant.updated.v1 carry the whole
 * record, with the name in Latin script for partners (as typed, or transliterated from Cyrillic) and the
 * vulnerabilities derived from age and household.
 */
@ApplicationScoped
public class MigrantEvents {

    private static final Transliteration TO_LATIN = Transliteration.of("Cyrillic-Latin; Latin-ASCII");

    @Inject MigrantRepository migrants;

    MigrantRegistered registered(Migrant migrant) {
        return new MigrantRegistered(migrant.id, migrant.householdId, migrant.siteCode, latinName(migrant),
                cyrillicName(migrant), migrant.sex, migrant.dateOfBirth, migrant.nationality, documents(migrant),
                names(vulnerabilities(migrant)), names(migrant.seatNeeds), migrant.destinationRegion,
                migrant.consentGiven(), migrant.registeredAt);
    }

    /** @param changed the names of the fields that changed, as the event lists them */
    public MigrantUpdated updated(Migrant migrant, List<String> changed, Instant at) {
        return new MigrantUpdated(migrant.id, migrant.householdId, migrant.siteCode, latinName(migrant),
                cyrillicName(migrant), migrant.sex, migrant.dateOfBirth, migrant.nationality, documents(migrant),
                names(vulnerabilities(migrant)), names(migrant.seatNeeds), migrant.destinationRegion,
                migrant.consentGiven(), changed, at);
    }

    private Set<Vulnerability> vulnerabilities(Migrant migrant) {
        return migrants.effectiveVulnerabilities(migrant, LocalDate.now(ZoneOffset.UTC));
    }

    /** The name in Latin script for partners: as typed, or transliterated from Cyrillic. */
    static PersonName latinName(Migrant migrant) {
        if (migrant.familyNameLatin != null) {
            return new PersonName(migrant.familyNameLatin, migrant.givenNameLatin, migrant.patronymicLatin);
        }
        return new PersonName(latinOf(migrant.familyNameCyrillic), latinOf(migrant.givenNameCyrillic),
                latinOf(migrant.patronymicCyrillic));
    }

    private static String latinOf(String cyrillic) {
        return cyrillic == null ? null : TO_LATIN.transliterate(cyrillic);
    }

    private static PersonName cyrillicName(Migrant migrant) {
        return migrant.familyNameCyrillic == null ? null
                : new PersonName(migrant.familyNameCyrillic, migrant.givenNameCyrillic, migrant.patronymicCyrillic);
    }

    private static List<IdentityDocument> documents(Migrant migrant) {
        return migrant.documents.stream()
                .map(d -> new IdentityDocument(d.type.name(), d.number, d.issuingState, d.expiresOn))
                .toList();
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }
}
