package org.returnops.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.returnops.gateway.proxy.GatewayConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services' own OpenAPI documents, fetched from each service ({@code /q/openapi?format=json}) at
 * start-up and again whenever a service that was down comes back (seen by the suite health check or by
 * a request for the merged document), so the merged document is always built from what runs.
 */
@ApplicationScoped
public class ServiceDocuments {

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);
    /** The name under which Quarkus keeps the gateway's own document. */
    private static final String OWN_DOCUMENT = "<default>";

    private final GatewayConfig config;
    private final OpenApiDocumentService ownDocument;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private volatile ObjectNode merged;

    public ServiceDocuments(GatewayConfig config, OpenApiDocumentService ownDocument) {
        this.config = config;
        this.ownDocument = ownDocument;
        this.http = HttpClient.newBuilder().connectTimeout(config.healthTimeout()).build();
    }

    void onStart(@Observes StartupEvent event) {
        CompletableFuture.runAsync(() -> config.services().keySet().forEach(this::fetch));
    }

    /** The merged document; services whose document is missing are asked for it again first. */
    public ObjectNode merged() {
        boolean changed = false;
        for (String service : config.services().keySet()) {
            if (!documents.containsKey(service)) {
                changed |= fetch(service);
            }
        }
        ObjectNode current = merged;
        if (current == null || changed) {
            current = build();
            merged = current;
        }
        return current;
    }

    /** A service answered its readiness check: fetch its document again if it had been missing or down. */
    public void serviceUp(String service) {
        if (!documents.containsKey(service)) {
            fetch(service);
        }
    }

    /** A service is down: its document is fetched anew when it comes back (it may have been upgraded). */
    public void serviceDown(String service) {
        if (documents.remove(service) != null) {
            merged = null;
        }
    }

    private synchronized ObjectNode build() {
        Map<String, JsonNode> present = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        new TreeMap<>(config.services()).forEach((service, route) -> {
            JsonNode document = documents.get(service);
            if (document == null) {
                missing.add(route.name());
            } else {
                present.put(service, document);
            }
        });
        try {
            JsonNode own = json.readTree(ownDocument.getDocument(OWN_DOCUMENT, Format.JSON));
            return OpenApiMerge.merge(own, present, missing);
        } catch (IOException e) {
            throw new IllegalStateException("the gateway's own OpenAPI document cannot be read", e);
        }
    }

    private boolean fetch(String service) {
        GatewayConfig.ServiceRoute route = config.services().get(service);
        return route.url().stream().anyMatch(instance -> fetch(service, route, instance));
    }

    private boolean fetch(String service, GatewayConfig.ServiceRoute route, URI instance) {
        HttpRequest request = HttpRequest.newBuilder(instance.resolve(URI.create("/q/openapi?format=json")))
                .timeout(config.healthTimeout()).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warnf("%s answered %d for its OpenAPI document", route.name(), response.statusCode());
                return false;
            }
            documents.put(service, json.readTree(response.body()));
            merged = null;
            LOG.infof("OpenAPI document of %s fetched", route.name());
            return true;
        } catch (IOException e) {
            LOG.debugf("OpenAPI document of %s not available: %s", route.name(), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
