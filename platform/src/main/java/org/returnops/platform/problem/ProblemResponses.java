package org.returnops.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * Every error answer of every service is a {@link Problem}, so the OpenAPI document says so once, here, instead of
 * each resource repeating it: every 4xx and 5xx response of every operation, the 401 and 403 that the security
 * scan adds included, gets the content {@code application/problem+json} with the {@code Problem} schema. A resource
 * states only the status and what it means; an example it gives for the problem (under that media type) is kept.
 * The {@code Problem} and {@code Violation} schemas come from the annotations on the records themselves.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA_REF = "#/components/schemas/Problem";

    /** What a 400 means on an operation that takes a body checked field by field: the one way the documents say it. */
    public static final String INVALID_FIELDS = "A field is missing or breaks a rule; every failing field is listed";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(ProblemResponses::describe);
                }
            }
        }
    }

    private static void describe(String status, APIResponse response) {
        if (!isError(status) || response.getRef() != null) {
            return;
        }
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
        }
        problem.setSchema(OASFactory.createSchema().ref(SCHEMA_REF));
        Map<String, MediaType> others = content.getMediaTypes();
        if (others != null) {
            others.keySet().stream().filter(type -> !Problem.MEDIA_TYPE.equals(type)).toList()
                    .forEach(content::removeMediaType);
        }
        content.addMediaType(Problem.MEDIA_TYPE, problem);
    }

    static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }
}
