package org.returnops.registry.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.registry.Examples;
import org.returnops.registry.migrant.MigrantRequest;

import java.util.List;
import java.util.UUID;

/**
 * A household: its head and members, each either already registered (by id) or registered now with
 * the household.
 */
@Schema(name = "HouseholdRequest", example = Examples.HOUSEHOLD_REQUEST)
public record HouseholdRequest(
        @NotNull @Schema(description = "The head: a registered person's id") UUID headId,
        @Size(max = 30) List<@NotNull UUID> memberIds,
        @Size(max = 30) List<@NotNull @Valid MigrantRequest> newMembers) {

    public List<UUID> memberIdsOrEmpty() {
        return memberIds == null ? List.of() : memberIds;
    }

    public List<MigrantRequest> newMembersOrEmpty() {
        return newMembers == null ? List.of() : newMembers;
    }
}
