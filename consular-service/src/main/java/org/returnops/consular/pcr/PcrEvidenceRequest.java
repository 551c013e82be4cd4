package org.returnops.consular.pcr;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.consular.clearancecase.PcrTestRequest;

import java.time.Instant;

/** A PCR certificate as written on the paper. */
@Schema(name = "PcrEvidenceRequest", example = """
        {"laboratory": "Shymkent City Laboratory No. 2", "certificateNumber": "SHY-2020-104233",
         "sampleTakenAt": "2020-10-18T08:30:00Z", "result": "NEGATIVE"}""")
public record PcrEvidenceRequest(
        @NotBlank @Size(max = 200) String laboratory,
        @NotBlank @Size(max = 100) String certificateNumber,
        @NotNull @PastOrPresent Instant sampleTakenAt,
        @NotNull PcrTestRequest.Result result) {
}
