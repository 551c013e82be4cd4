package org.returnops.transport.convoy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** When the convoy left; now when not given. */
@Schema(name = "DepartureRequest")
public record DepartureRequest(Instant departedAt) {
}
