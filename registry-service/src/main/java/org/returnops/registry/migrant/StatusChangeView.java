package org.returnops.registry.migrant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One entry of a person's status history. */
@Schema(name = "StatusChange")
public record StatusChangeView(MigrantStatus from, MigrantStatus to, Instant at,
        @Schema(description = "user:<client id> or event:<event id>") String cause, String reason) {

    static StatusChangeView from(StatusChange change) {
        return new StatusChangeView(change.fromStatus, change.toStatus, change.changedAt, change.cause, change.reason);
    }
}
