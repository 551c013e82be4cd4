package org.returnops.registry.migrant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person in a search result: enough to recognise them; the full record is one GET away. */
@Schema(name = "MigrantSummary")
public record MigrantSummary(UUID id, String siteCode, MigrantRequest.Name nameLatin, MigrantRequest.Name nameCyrillic,
        String sex, LocalDate dateOfBirth, String nationality, String destinationRegion, UUID householdId,
        MigrantStatus status, Instant registeredAt) {

    public static MigrantSummary of(Migrant migrant) {
        return new MigrantSummary(migrant.id, migrant.siteCode, MigrantView.latin(migrant), MigrantView.cyrillic(migrant),
                migrant.sex, migrant.dateOfBirth, migrant.nationality, migrant.destinationRegion, migrant.householdId,
                migrant.status, migrant.registeredAt);
    }
}
