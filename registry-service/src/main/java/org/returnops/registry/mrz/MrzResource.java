package org.returnops.registry.mrz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.platform.problem.Problem;
import org.returnops.platform.security.Roles;
import org.returnops.registry.Examples;

/**
 * Reads a travel document's machine-readable zone for the registration desk, so that names, dates and the
 * document number are taken from the document itself and a misread scan is caught before it is stored.
 * Stores nothing.
 */
@Path("/api/v1/mrz")
@Tag(name = "MRZ", description = "Reading the machine-readable zone of passports and ID cards (ICAO 9303)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class MrzResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a machine-readable zone",
            description = "Parses the MRZ of a passport (TD3, 2 lines of 44), a TD2 document (2 lines of 36) or an "
                    + "ID card (TD1, 3 lines of 30) and verifies every check digit it carries (ICAO 9303 part 3), "
                    + "including the long document numbers of TD1 and TD2. Lower case is read as upper case. A "
                    + "two-digit birth year is placed in the latest century that does not put the birth in the "
                    + "future; an expiry year is 20yy. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The zone is valid; its data",
            content = @Content(schema = @Schema(implementation = MrzView.class),
                    examples = @ExampleObject(name = "Tajik passport", value = Examples.MRZ)))
    @APIResponse(responseCode = "400", description = "The lines are missing, too few or too many, blank or longer "
            + "than 44 characters; every failing field is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = Examples.MRZ_INVALID)))
    @APIResponse(responseCode = "422", description = "The zone cannot be read (wrong line lengths, a character "
            + "outside A-Z 0-9 <, an impossible date: type mrz-format) or a check digit fails (type "
            + "mrz-check-digit); the detail names the line or the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = {
                        @ExampleObject(name = "check digit", value = Examples.MRZ_CHECK_DIGIT),
                        @ExampleObject(name = "unreadable", value = Examples.MRZ_UNREADABLE)
                    }))
    public MrzView read(@Valid @NotNull MrzRequest request) {
        return MrzView.from(MrzParser.parse(request.lines()));
    }
}
