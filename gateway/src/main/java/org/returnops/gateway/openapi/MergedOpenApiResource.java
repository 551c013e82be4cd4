package org.returnops.gateway.openapi;

import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The one OpenAPI document of the suite (see {@link OpenApiMerge}): YAML, or JSON with
 * {@code ?format=json}. Swagger UI at {@code /q/swagger-ui} shows it.
 */
@PermitAll
@Path("/openapi")
public class MergedOpenApiResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    @Inject ServiceDocuments documents;

    @GET
    @Operation(hidden = true)
    public Response document(@QueryParam("format") String format) throws JsonProcessingException {
        boolean json = "json".equalsIgnoreCase(format);
        return Response.ok(render(documents.merged(), json), json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .build();
    }

    /** The merged document as JSON or YAML text. */
    static String render(Object document, boolean json) throws JsonProcessingException {
        return (json ? JSON.writerWithDefaultPrettyPrinter() : YAML.writer()).writeValueAsString(document);
    }
}
