package org.returnops.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into the gateway's own, as one document of the whole public
 * API: only the services' {@code /api/v1} paths; top-level tags once, grouped per service
 * ({@code x-tagGroups}); components that several services declare identically once, and conflicting
 * ones under a name prefixed with the service ({@code registry.Page}), with every reference rewritten;
 * the bearer (JWT) and OAuth 2.0 client-credentials security schemes, required globally except where an
 * operation says otherwise (the token endpoint). The documents are JSON trees (Jackson), so whatever a
 * service declares, examples included, is carried over unchanged.
 */
public final class OpenApiMerge {

    public static final String PUBLIC_PREFIX = "/api/v1/";
    public static final String TOKEN_URL = "/auth/token";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String REF_PREFIX = "#/components/";

    private OpenApiMerge() {
    }

    /**
     * @param gateway  the gateway's own document: its info, its own operations (the token endpoint)
     * @param services each service's document by short name, in the order they are to appear; a service
     *                 whose document could not be fetched is listed in {@code missing}
     */
    public static ObjectNode merge(JsonNode gateway, Map<String, JsonNode> services, List<String> missing) {
        ObjectNode merged = gateway.deepCopy();
        merged.remove("servers");
        ObjectNode paths = object(merged, "paths");
        ObjectNode components = object(merged, "components");
        Map<String, String> tagOwners = new LinkedHashMap<>();
        ArrayNode tags = merged.has("tags") ? (ArrayNode) merged.get("tags") : merged.putArray("tags");
        tags.forEach(tag -> tagOwners.put(tag.path("name").asText(), "gateway"));

        Set<String> conflicting = conflicts(gateway, services);
        ArrayNode groups = JSON.arrayNode();
        for (Map.Entry<String, JsonNode> service : services.entrySet()) {
            String name = service.getKey();
            JsonNode document = renamed(service.getValue(), name, conflicting);
            Set<String> serviceTags = new LinkedHashSet<>();
            document.path("paths").properties().forEach(path -> {
                if (!path.getKey().startsWith(PUBLIC_PREFIX)) {
                    return;
                }
                if (paths.has(path.getKey())) {
                    throw new IllegalStateException(path.getKey() + " is declared by two services");
                }
                ObjectNode item = path.getValue().deepCopy();
                item.remove("servers");
                item.properties().forEach(operation -> {
                    if (operation.getValue().isObject() && operation.getValue().has("responses")) {
                        ObjectNode op = (ObjectNode) operation.getValue();
                        if (!op.has("tags") || op.get("tags").isEmpty()) {
                            op.putArray("tags").add(title(name));
                        }
                        op.get("tags").forEach(tag -> serviceTags.add(tag.asText()));
                        if (op.path("security").isArray()) {
                            // the service names its roles under bearer; Swagger UI's Authorize (oauth2) must work too
                            ArrayNode requirements = (ArrayNode) op.get("security");
                            boolean hasOauth = false;
                            for (JsonNode requirement : requirements) {
                                hasOauth |= requirement.has("oauth2");
                            }
                            if (!hasOauth) {
                                requirements.addObject().putArray("oauth2");
                            }
                        }
                    }
                });
                paths.set(path.getKey(), item);
            });
            document.path("tags").forEach(tag -> {
                String tagName = tag.path("name").asText();
                if (serviceTags.contains(tagName) && !tagOwners.containsKey(tagName)) {
                    tagOwners.put(tagName, name);
                    tags.add(tag.deepCopy());
                }
            });
            serviceTags.forEach(tagName -> {
                if (!tagOwners.containsKey(tagName)) {
                    tagOwners.put(tagName, name);
                    tags.addObject().put("name", tagName);
                }
            });
            ArrayNode groupTags = JSON.arrayNode();
            serviceTags.forEach(groupTags::add);
            groups.addObject().put("name", title(name)).set("tags", groupTags);
            document.path("components").properties().forEach(section -> {
                if (section.getValue().isObject()) {
                    ObjectNode target = object(components, section.getKey());
                    section.getValue().properties().forEach(component -> {
                        if (!target.has(component.getKey())) {
                            target.set(component.getKey(), component.getValue().deepCopy());
                        }
                    });
                }
            });
        }
        ArrayNode gatewayTags = JSON.arrayNode();
        tagOwners.forEach((tag, owner) -> {
            if (owner.equals("gateway")) {
                gatewayTags.add(tag);
            }
        });
        if (!gatewayTags.isEmpty()) {
            groups.insertObject(0).put("name", "Gateway").set("tags", gatewayTags);
        }
        merged.set("x-tagGroups", groups);

        ObjectNode schemes = object(components, "securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "An access token from POST " + TOKEN_URL + ", as Authorization: Bearer <token>.");
        ObjectNode oauth = schemes.putObject("oauth2").put("type", "oauth2")
                .put("description", "Client credentials of a partner (client id and secret): Swagger UI's Authorize"
                        + " gets the token from " + TOKEN_URL + ".");
        oauth.putObject("flows").putObject("clientCredentials").put("tokenUrl", TOKEN_URL).putObject("scopes");
        ArrayNode security = merged.putArray("security");
        security.addObject().putArray("bearer");
        security.addObject().putArray("oauth2");
        if (!missing.isEmpty()) {
            ArrayNode absent = object(merged, "info").putArray("x-services-unavailable");
            missing.forEach(absent::add);
        }
        return merged;
    }

    /** The {@code /api/v1} paths of a merged document. */
    public static List<String> publicPaths(JsonNode document) {
        List<String> result = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.startsWith(PUBLIC_PREFIX)) {
                result.add(path);
            }
        });
        return result;
    }

    /** "section/name" of every component declared differently by two documents. */
    private static Set<String> conflicts(JsonNode gateway, Map<String, JsonNode> services) {
        Map<String, JsonNode> first = new HashMap<>();
        Set<String> conflicting = new LinkedHashSet<>();
        List<JsonNode> documents = new ArrayList<>();
        documents.add(gateway);
        documents.addAll(services.values());
        for (JsonNode document : documents) {
            document.path("components").properties().forEach(section -> section.getValue().properties()
                    .forEach(component -> {
                        String key = section.getKey() + "/" + component.getKey();
                        JsonNode seen = first.putIfAbsent(key, component.getValue());
                        if (seen != null && !seen.equals(component.getValue())) {
                            conflicting.add(key);
                        }
                    }));
        }
        return conflicting;
    }

    /** The service's document with its conflicting components renamed {@code <service>.<name>}, references too. */
    private static JsonNode renamed(JsonNode document, String service, Set<String> conflicting) {
        JsonNode copy = document.deepCopy();
        Map<String, String> references = new HashMap<>();
        JsonNode components = copy.path("components");
        for (String key : conflicting) {
            String[] parts = key.split("/", 2);
            JsonNode section = components.path(parts[0]);
            if (section.isObject() && section.has(parts[1])) {
                String newName = service + "." + parts[1];
                ((ObjectNode) section).set(newName, ((ObjectNode) section).remove(parts[1]));
                references.put(REF_PREFIX + key, REF_PREFIX + parts[0] + "/" + newName);
            }
        }
        if (!references.isEmpty()) {
            rewrite(copy, references);
        }
        return copy;
    }

    private static void rewrite(JsonNode node, Map<String, String> references) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && references.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(references.get(ref.asText())));
            }
            object.properties().forEach(field -> rewrite(field.getValue(), references));
        } else if (node.isArray()) {
            node.forEach(element -> rewrite(element, references));
        }
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode existing = parent.get(field);
        return existing instanceof ObjectNode object ? object : parent.putObject(field);
    }

    private static String title(String service) {
        return service.isEmpty() ? service : Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }
}
