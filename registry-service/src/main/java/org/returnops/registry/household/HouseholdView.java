package org.returnops.registry.household;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.registry.migrant.MigrantView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A household with its members' records (vulnerabilities include the derived ones). */
@Schema(name = "Household")
public record HouseholdView(UUID id, UUID headId, List<MigrantView> members, Instant createdAt) {
}
