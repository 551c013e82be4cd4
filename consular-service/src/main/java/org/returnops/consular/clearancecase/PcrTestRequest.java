package org.returnops.consular.clearancecase;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A PCR test result recorded on the case: UZ transit may need a recent negative one. */
@Schema(name = "PcrTest")
public record PcrTestRequest(@NotNull @PastOrPresent Instant takenAt, @NotNull Result result) {

    public enum Result { NEGATIVE, POSITIVE }
}
