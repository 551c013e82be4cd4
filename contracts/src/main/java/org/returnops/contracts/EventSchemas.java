package org.returnops.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks event data against the JSON Schema of its type, the same check on the producing side (before an event
 * enters the outbox) and on the consuming side (before a handler trusts it), so both sides hold each other to
 * the one contract.
 * <p>
 * Every schema is read and compiled once, when this class is first used; compiled schemas are immutable, so
 * the methods are safe to call from any thread. Formats ({@code uuid}, {@code date}, {@code date-time}) are
 * asserted, not only annotated.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH)
                    .locale(Locale.ENGLISH)
                    .build()));

    private static final Map<EventType, String> TEXTS;
    private static final Map<EventType, Schema> SCHEMAS;

    static {
        Map<EventType, String> texts = new EnumMap<>(EventType.class);
        Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            String text = read(type.schemaResource());
            texts.put(type, text);
            schemas.put(type, REGISTRY.getSchema(text, InputFormat.JSON));
        }
        TEXTS = Collections.unmodifiableMap(texts);
        SCHEMAS = Collections.unmodifiableMap(schemas);
    }

    private EventSchemas() {
    }

    /**
     * What is wrong with the JSON data of an event of this type, one message per problem in the form
     * {@code "<instance location>: <message>"}, e.g.
     * {@code "$.nationality: does not match the regex pattern ^[A-Z]{3}$"}. Empty when the data is valid.
     */
    public static List<String> violations(EventType type, String dataJson) {
        List<Error> errors = SCHEMAS.get(type).validate(dataJson, InputFormat.JSON);
        return errors.stream().map(EventSchemas::describe).toList();
    }

    /** {@link #violations(EventType, String)} of data already parsed (the consumer parses each event once). */
    public static List<String> violations(EventType type, tools.jackson.databind.JsonNode data) {
        return SCHEMAS.get(type).validate(data).stream().map(EventSchemas::describe).toList();
    }

    /** What is wrong with an event record, serialised as it goes on the wire ({@link EventJson#MAPPER}). */
    public static List<String> violations(Object data) {
        return violations(EventType.of(data.getClass()), EventJson.write(data));
    }

    /** The schema of this type's {@code data}, as text; for documents that embed it (AsyncAPI, OpenAPI). */
    public static String schemaJson(EventType type) {
        return TEXTS.get(type);
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        String location = String.valueOf(error.getInstanceLocation());
        return message.startsWith(location + ":") ? message : location + ": " + message;
    }

    private static String read(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
