package org.returnops.platform.paging;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Optional;

/**
 * Every paged list answers the same way, so the OpenAPI document says so once, here: an operation that takes the
 * {@code page} and {@code size} query parameters ({@link PagedQuery}) gets, on its 200 response, the
 * {@code X-Total-Count} header and, where the body is the array of entries ({@link PagedResponse}), the RFC 8288
 * {@code Link} header; a 400 for a page or size out of range unless the operation describes its own; and a sentence
 * at the end of its description naming the range of both parameters as the {@code size} parameter declares it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PagedResponses implements OASFilter {

    static final String TOTAL_DESCRIPTION = "The number of all entries that match, on all pages";
    static final String LINK_DESCRIPTION = "RFC 8288 first, prev, next and last pages";
    static final String OUT_OF_RANGE = "The page or the size is not a whole number in range";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(PagedResponses::describe);
            }
        }
    }

    private static void describe(Operation operation) {
        Optional<Parameter> size = query(operation, "size");
        if (query(operation, "page").isEmpty() || size.isEmpty() || operation.getResponses() == null) {
            return;
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null) {
            return;
        }
        boolean entries = entriesOnly(ok);
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey(PagedResponse.TOTAL_COUNT)) {
            ok.addHeader(PagedResponse.TOTAL_COUNT, OASFactory.createHeader().description(TOTAL_DESCRIPTION)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        if (entries && (ok.getHeaders() == null || !ok.getHeaders().containsKey("Link"))) {
            ok.addHeader("Link", OASFactory.createHeader().description(LINK_DESCRIPTION)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if (operation.getResponses().getAPIResponse("400") == null) {
            operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().description(OUT_OF_RANGE));
        }
        String sentence = "Paged: page from 0, size 1 to " + bound(size.get(), true) + " (" + bound(size.get(), false)
                + " by default); X-Total-Count gives the number of all that match"
                + (entries ? " and Link the first, previous, next and last pages." : ".");
        operation.setDescription(operation.getDescription() == null ? sentence
                : operation.getDescription() + " " + sentence);
    }

    private static Optional<Parameter> query(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        return parameters.stream()
                .filter(parameter -> parameter.getIn() == Parameter.In.QUERY && name.equals(parameter.getName()))
                .findFirst();
    }

    /** The body is the array of the page's entries, not an object that holds them. */
    private static boolean entriesOnly(APIResponse ok) {
        if (ok.getContent() == null || ok.getContent().getMediaTypes() == null) {
            return false;
        }
        return ok.getContent().getMediaTypes().values().stream().map(MediaType::getSchema)
                .anyMatch(schema -> schema != null && schema.getType() != null
                        && schema.getType().contains(Schema.SchemaType.ARRAY));
    }

    private static Object bound(Parameter size, boolean maximum) {
        Schema schema = size.getSchema();
        Object value = schema == null ? null : maximum ? schema.getMaximum() : schema.getDefaultValue();
        if (value instanceof java.math.BigDecimal number) {
            return number.toBigInteger();
        }
        return value;
    }
}
