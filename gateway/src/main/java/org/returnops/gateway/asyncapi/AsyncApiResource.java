package org.returnops.gateway.asyncapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnops.contracts.AsyncApiDocument;

/**
 * The AsyncAPI document of every topic and event, for embassy and border systems that integrate
 * through Kafka. Rendered from the contracts module's catalogue and schemas, so it is what runs.
 */
@PermitAll
@Path("/asyncapi.yaml")
@Tag(name = "Events", description = "The event catalogue (AsyncAPI 3.0)")
public class AsyncApiResource {

    private static final String DOCUMENT = AsyncApiDocument.render();

    @GET
    @Produces("application/yaml")
    @SecurityRequirements
    @Operation(summary = "The AsyncAPI document",
            description = "Every topic, event type and JSON Schema of the suite, as AsyncAPI 3.0 YAML.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = "application/yaml"))
    public String document() {
        return DOCUMENT;
    }
}
