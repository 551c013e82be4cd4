package org.returnops.registry.migrant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.registry.Examples;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A registered person as the API shows them. */
@Schema(name = "Migrant", example = Examples.MIGRANT)
public record MigrantView(UUID id, String siteCode, MigrantRequest.Name nameLatin, MigrantRequest.Name nameCyrillic,
        String sex, LocalDate dateOfBirth, String nationality, String destinationRegion, boolean consentGiven,
        MigrantStatus status, Instant registeredAt) {

    static MigrantView from(Migrant migrant) {
        MigrantRequest.Name cyrillic = migrant.familyNameCyrillic == null ? null
                : new MigrantRequest.Name(migrant.familyNameCyrillic, migrant.givenNameCyrillic,
                        migrant.patronymicCyrillic);
        return new MigrantView(migrant.id, migrant.siteCode,
                new MigrantRequest.Name(migrant.familyNameLatin, migrant.givenNameLatin, migrant.patronymicLatin),
                cyrillic, migrant.sex, migrant.dateOfBirth, migrant.nationality, migrant.destinationRegion,
                migrant.consentGiven, migrant.status, migrant.registeredAt);
    }
}
