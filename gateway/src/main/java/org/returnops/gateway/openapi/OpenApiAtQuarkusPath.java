package org.returnops.gateway.openapi;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Serves the merged document at Quarkus' own address {@code /q/openapi} too, where tools look for it
 * first: without this, that address would show only the gateway's few operations under the title of
 * the whole API. YAML by default; JSON with {@code ?format=json} or {@code Accept: application/json},
 * as Quarkus answers there.
 */
@ApplicationScoped
public class OpenApiAtQuarkusPath {

    /** Before Quarkus' own handler of the path. */
    private static final int ORDER = -10;

    @Inject ServiceDocuments documents;

    void register(@Observes Router router) {
        router.get("/q/openapi").order(ORDER).blockingHandler(this::serve);
    }

    private void serve(RoutingContext context) {
        String format = context.request().getParam("format");
        String accept = context.request().getHeader("Accept");
        boolean json = "json".equalsIgnoreCase(format)
                || format == null && accept != null && accept.contains("application/json");
        try {
            context.response()
                    .putHeader("Content-Type", json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                    .end(MergedOpenApiResource.render(documents.merged(), json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            context.fail(e);
        }
    }
}
