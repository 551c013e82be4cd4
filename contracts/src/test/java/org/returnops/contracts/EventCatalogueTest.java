package org.returnops.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.returnops.contracts.events.MigrantUpdated;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift check: every type of the catalogue has a well-formed schema that describes exactly its record, field
 * by field and type by type, down to the nested records.
 */
class EventCatalogueTest {

    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$defs", "$ref", "title", "description",
            "type", "format", "enum", "const", "pattern", "minLength", "minimum", "minItems", "uniqueItems", "items",
            "properties", "required", "additionalProperties", "anyOf", "if", "then");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIsValidDraft202012(EventType type) {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(EventSchemas.schemaJson(type), InputFormat.JSON)).isEmpty();
        assertThat(EventSchemas.violations(type, "{}")).as("an empty object must not pass").isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIdentifiesItsType(EventType type) {
        JsonNode schema = schema(type);

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("urn:return-ops:schema:" + type.type());
        assertThat(schema.path("title").asText()).isEqualTo(type.dataClass().getSimpleName());
        assertThat(schema.path("description").asText()).contains(type.type());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaUsesOnlyKnownKeywordsAndLocalReferences(EventType type) {
        List<String> problems = new ArrayList<>();
        JsonNode schema = schema(type);
        checkKeywords(schema, "#", problems);
        refs(schema).forEach(ref -> {
            if (!ref.startsWith("#/$defs/") || schema.at(ref.substring(1)).isMissingNode()) {
                problems.add("unresolvable $ref " + ref);
            }
        });

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDescribesExactlyTheRecord(EventType type) {
        List<String> problems = new ArrayList<>();
        JsonNode schema = schema(type);
        checkRecord(type.dataClass(), schema, schema.path("$defs"), "$", problems);

        assertThat(problems).as("drift between %s and %s", type.dataClass().getSimpleName(), type.schemaResource())
                .isEmpty();
    }

    @Test
    void changedListsExactlyTheFieldsAnUpdateCanChange() {
        List<String> changeable = Arrays.stream(MigrantUpdated.class.getRecordComponents())
                .map(RecordComponent::getName)
                .filter(name -> !List.of("migrantId", "changed", "updatedAt").contains(name))
                .toList();
        List<String> allowed = StreamSupport.stream(schema(EventType.MIGRANT_UPDATED)
                .at("/properties/changed/items/enum").spliterator(), false).map(JsonNode::asText).toList();

        assertThat(allowed).containsExactlyElementsOf(changeable);
    }

    @Test
    void typeStringsAreUniqueLowercaseAndVersioned() {
        List<String> types = Arrays.stream(EventType.values()).map(EventType::type).toList();

        assertThat(types).doesNotHaveDuplicates().allSatisfy(type -> assertThat(type).matches("[a-z][a-z.-]*\\.v1"));
    }

    @Test
    void everyTypeIsOnAKnownTopicAndEveryTopicCarriesATypeAndEveryRecordIsCatalogued() {
        Set<String> used = new HashSet<>();
        for (EventType type : EventType.values()) {
            assertThat(EventType.of(type.dataClass())).isEqualTo(type);
            assertThat(EventType.of(type.type())).contains(type);
            Topics.ALL.stream().filter(type::carriedBy).forEach(used::add);
        }

        assertThat(used).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        assertThat(Topics.ALL).doesNotHaveDuplicates().noneMatch(topic -> topic.endsWith(Topics.DLQ_SUFFIX));
    }

    @Test
    void eachAuthorityHasItsOwnRequestsDecisionsAndRejectionsTopics() {
        assertThat(Topics.requests("TJ-EMBASSY-KZ")).isEqualTo("partner.tj-embassy-kz.requests.v1");
        assertThat(Topics.decisions("UZ-BORDER")).isEqualTo("partner.uz-border.decisions.v1");
        assertThat(Topics.rejections("KZ-MIGRATION")).isEqualTo("partner.kz-migration.rejections.v1");
        assertThat(Topics.authorityOf(Topics.PARTNER_DECISIONS, "partner.tj-border.decisions.v1")).contains("TJ-BORDER");
        assertThat(Topics.authorityOf(Topics.PARTNER_DECISIONS, "partner.tj-border.requests.v1")).isEmpty();
        assertThat(Topics.authorityOf(Topics.PARTNER_DECISIONS, Topics.CONSULAR_CLEARANCES)).isEmpty();
        assertThat(EventType.CLEARANCE_REQUESTED.topicFor(SampleEvents.sample(EventType.CLEARANCE_REQUESTED)))
                .isEqualTo("partner.tj-embassy-kz.requests.v1");
        assertThat(EventType.CLEARANCE_DECISION.carriedBy("partner.uz-border.decisions.v1")).isTrue();
        assertThat(EventType.CLEARANCE_DECISION.carriedBy("partner.uz-border.rejections.v1")).isFalse();
        assertThat(EventType.MIGRANT_CLEARED.topicFor(SampleEvents.sample(EventType.MIGRANT_CLEARED)))
                .isEqualTo(Topics.CONSULAR_CLEARANCES);
        assertThat(Topics.CONSUMED).containsAll(Topics.INTERNAL)
                .contains("partner.kz-migration.decisions.v1").noneMatch(t -> t.endsWith(".requests.v1"));
    }

    private static JsonNode schema(EventType type) {
        try {
            return EventJson.MAPPER.readTree(EventSchemas.schemaJson(type));
        } catch (Exception e) {
            throw new AssertionError(type.schemaResource() + " is not JSON", e);
        }
    }

    /** Walks schema positions only (not property names or enum values) and reports unknown keywords. */
    private static void checkKeywords(JsonNode schema, String path, List<String> problems) {
        schema.properties().forEach(field -> {
            if (!KEYWORDS.contains(field.getKey())) {
                problems.add(path + ": unknown keyword " + field.getKey());
            }
        });
        for (String keyword : List.of("properties", "$defs")) {
            schema.path(keyword).properties()
                    .forEach(e -> checkKeywords(e.getValue(), path + "/" + keyword + "/" + e.getKey(), problems));
        }
        for (String keyword : List.of("items", "if", "then")) {
            if (schema.has(keyword)) {
                checkKeywords(schema.get(keyword), path + "/" + keyword, problems);
            }
        }
        for (int i = 0; i < schema.path("anyOf").size(); i++) {
            checkKeywords(schema.path("anyOf").get(i), path + "/anyOf/" + i, problems);
        }
    }

    private static List<String> refs(JsonNode node) {
        List<String> refs = new ArrayList<>();
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> refs.addAll(refs(child)));
        return refs;
    }

    private static void checkRecord(Class<?> recordClass, JsonNode schema, JsonNode defs, String path,
            List<String> problems) {
        JsonNode object = resolve(schema, defs);
        if (!object.path("type").asText().equals("object") || !object.path("additionalProperties").isBoolean()
                || object.path("additionalProperties").asBoolean()) {
            problems.add(path + ": must be a closed object (type object, additionalProperties false)");
        }
        RecordComponent[] components = recordClass.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        List<String> required = Arrays.stream(components).filter(c -> !c.isAnnotationPresent(Nullable.class))
                .map(RecordComponent::getName).toList();
        List<String> properties = object.path("properties").properties().stream().map(Map.Entry::getKey).toList();
        List<String> requiredInSchema = new ArrayList<>();
        object.path("required").forEach(name -> requiredInSchema.add(name.asText()));
        if (!properties.equals(names)) {
            problems.add(path + ": properties " + properties + " but " + recordClass.getSimpleName() + " has "
                    + names);
        }
        if (!requiredInSchema.equals(required)) {
            problems.add(path + ": required " + requiredInSchema + " but the non-@Nullable components of "
                    + recordClass.getSimpleName() + " are " + required);
        }
        for (RecordComponent component : components) {
            JsonNode property = object.path("properties").path(component.getName());
            if (property.isMissingNode()) {
                continue;
            }
            String at = path + "." + component.getName();
            if (!property.hasNonNull("description")) {
                problems.add(at + ": no description");
            }
            boolean nullable = component.isAnnotationPresent(Nullable.class);
            if (allowsNull(property) != nullable) {
                problems.add(at + (nullable ? ": is @Nullable but the schema refuses null"
                        : ": is required but the schema allows null"));
            }
            checkType(component.getGenericType(), property, defs, at, problems);
        }
    }

    private static void checkType(Type type, JsonNode property, JsonNode defs, String at, List<String> problems) {
        JsonNode schema = resolve(property, defs);
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            expect(schema, "array", null, at, problems);
            checkType(list.getActualTypeArguments()[0], schema.path("items"), defs, at + "[]", problems);
        } else if (type instanceof Class<?> c && c.isRecord()) {
            checkRecord(c, property, defs, at, problems);
        } else {
            Map<Type, List<String>> expected = Map.of(
                    UUID.class, List.of("string", "uuid"),
                    Instant.class, List.of("string", "date-time"),
                    LocalDate.class, List.of("string", "date"),
                    String.class, List.of("string", ""),
                    int.class, List.of("integer", ""),
                    boolean.class, List.of("boolean", ""));
            List<String> typeAndFormat = expected.get(type);
            if (typeAndFormat == null) {
                problems.add(at + ": no JSON mapping known for " + type.getTypeName());
                return;
            }
            expect(schema, typeAndFormat.get(0), typeAndFormat.get(1), at, problems);
            if (type == String.class && !schema.has("enum") && !schema.has("pattern")
                    && schema.path("minLength").asInt() < 1) {
                problems.add(at + ": a free string must have minLength 1");
            }
            if (type == int.class && !schema.has("minimum")) {
                problems.add(at + ": an integer must have a minimum");
            }
        }
    }

    private static void expect(JsonNode schema, String jsonType, String format, String at, List<String> problems) {
        JsonNode type = schema.path("type");
        boolean matches = type.isArray()
                ? StreamSupport.stream(type.spliterator(), false).anyMatch(t -> t.asText().equals(jsonType))
                : type.asText().equals(jsonType);
        if (!matches) {
            problems.add(at + ": type " + type + ", expected " + jsonType);
        }
        if (format != null && !schema.path("format").asText().equals(format)) {
            problems.add(at + ": format '" + schema.path("format").asText() + "', expected '" + format + "'");
        }
    }

    /** The object schema behind a property: follows a local $ref and skips the null branch of an anyOf. */
    private static JsonNode resolve(JsonNode schema, JsonNode defs) {
        if (schema.has("anyOf")) {
            for (JsonNode branch : schema.get("anyOf")) {
                if (!branch.path("type").asText().equals("null")) {
                    return resolve(branch, defs);
                }
            }
        }
        if (schema.has("$ref")) {
            return defs.path(schema.get("$ref").asText().substring("#/$defs/".length()));
        }
        return schema;
    }

    private static boolean allowsNull(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isArray()) {
            return StreamSupport.stream(type.spliterator(), false).anyMatch(t -> t.asText().equals("null"));
        }
        return StreamSupport.stream(property.path("anyOf").spliterator(), false)
                .anyMatch(branch -> branch.path("type").asText().equals("null"));
    }
}
