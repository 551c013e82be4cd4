package org.returnops.transport.convoy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A new planned departure for a convoy that has not left, and why it moved. */
@Schema(name = "RescheduleRequest", example = """
        {"plannedDeparture": "2020-10-22T05:00:00Z", "reason": "Gisht Kuprik closed for two days"}""")
public record RescheduleRequest(
        @NotNull
        Instant plannedDeparture,
        @NotBlank @Size(max = 500)
        String reason) {
}
