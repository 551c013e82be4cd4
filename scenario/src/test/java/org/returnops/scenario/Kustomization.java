package org.returnops.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kustomization read the way {@code kustomize build} reads it, without running kustomize (it needs no
 * cluster, but is not on every machine that runs the tests): the objects of every file and folder of its
 * {@code resources}, recursively, the Secrets and ConfigMaps of its generators with their keys, and the
 * targets of its patches. Patches are not applied: the tests check that each names an object that exists.
 */
record Kustomization(List<JsonNode> objects, Map<String, Set<String>> generatedSecrets,
                     Map<String, Set<String>> generatedConfigMaps, List<JsonNode> patchTargets) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Kustomization load(Path folder) throws IOException {
        Kustomization tree = new Kustomization(new ArrayList<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new ArrayList<>());
        tree.read(folder);
        return tree;
    }

    /** The objects of a multi-document YAML file (empty documents, such as a leading comment, left out). */
    static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(document -> {
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            });
        }
        return documents;
    }

    /** The objects of one kind. */
    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    /** The one object of a kind and name; fails when there is none. */
    JsonNode get(String kind, String name) {
        return ofKind(kind).stream().filter(o -> o.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private void read(Path folder) throws IOException {
        JsonNode kustomization = YAML.readTree(folder.resolve("kustomization.yaml").toFile());
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = folder.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                read(path);
            } else {
                objects.addAll(documents(path));
            }
        }
        for (JsonNode generator : kustomization.path("secretGenerator")) {
            generatedSecrets.put(generator.get("name").asText(), keys(folder, generator));
        }
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            generatedConfigMaps.put(generator.get("name").asText(), keys(folder, generator));
        }
        kustomization.path("patches").forEach(patch -> patchTargets.add(patch.get("target")));
    }

    /** The keys of a generated Secret or ConfigMap: {@code key=value} literals and {@code key=file} files. */
    private static Set<String> keys(Path folder, JsonNode generator) {
        Set<String> keys = new LinkedHashSet<>();
        generator.path("literals").forEach(literal -> keys.add(literal.asText().split("=", 2)[0]));
        generator.path("files").forEach(file -> {
            String[] parts = file.asText().split("=", 2);
            if (!Files.isRegularFile(folder.resolve(parts[parts.length - 1]))) {
                throw new AssertionError("the generator " + generator.get("name") + " reads a file that is missing: "
                        + parts[parts.length - 1]);
            }
            keys.add(parts.length == 2 ? parts[0] : Path.of(parts[0]).getFileName().toString());
        });
        return keys;
    }
}
