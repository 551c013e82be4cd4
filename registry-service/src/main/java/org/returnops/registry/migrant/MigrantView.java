package org.returnops.registry.migrant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.registry.Examples;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A registered person as the API shows them. */
@Schema(name = "Migrant", example = Examples.MIGRANT)
public record MigrantView(UUID id, String siteCode, MigrantRequest.Name nameLatin, MigrantRequest.Name nameCyrillic,
        String sex, LocalDate dateOfBirth, String nationality, String phone, String destinationRegion,
        List<MigrantRequest.Document> documents, Set<Vulnerability> vulnerabilities, Set<SeatNeed> seatNeeds,
        MigrantRequest.Consent consent, MigrantStatus status, Instant registeredAt, Instant updatedAt, long version) {

    static MigrantView from(Migrant migrant, Set<Vulnerability> vulnerabilities) {
        return new MigrantView(migrant.id, migrant.siteCode, latin(migrant), cyrillic(migrant), migrant.sex,
                migrant.dateOfBirth, migrant.nationality, migrant.phone, migrant.destinationRegion,
                migrant.documents.stream()
                        .sorted(Comparator.comparing((MigrantDocument d) -> d.type).thenComparing(d -> d.number))
                        .map(d -> new MigrantRequest.Document(d.type, d.number, d.issuingState, d.expiresOn))
                        .toList(),
                vulnerabilities, Set.copyOf(migrant.seatNeeds),
                migrant.consentAt == null ? null
                        : new MigrantRequest.Consent(migrant.consentAt, migrant.consentTakenBy, migrant.consentLanguage),
                migrant.status, migrant.registeredAt, migrant.updatedAt, migrant.version);
    }

    static MigrantRequest.Name latin(Migrant migrant) {
        return migrant.familyNameLatin == null ? null
                : new MigrantRequest.Name(migrant.familyNameLatin, migrant.givenNameLatin, migrant.patronymicLatin);
    }

    static MigrantRequest.Name cyrillic(Migrant migrant) {
        return migrant.familyNameCyrillic == null ? null
                : new MigrantRequest.Name(migrant.familyNameCyrillic, migrant.givenNameCyrillic,
                        migrant.patronymicCyrillic);
    }
}
