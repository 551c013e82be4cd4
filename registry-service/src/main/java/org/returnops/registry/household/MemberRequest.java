package org.returnops.registry.household;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A registered person joining a household. */
@Schema(name = "HouseholdMember")
public record MemberRequest(@NotNull UUID migrantId) {
}
