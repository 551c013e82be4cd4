package org.returnops.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.UncheckedIOException;

/**
 * The one JSON mapping of event data, shared by producers, consumers and the schema checks, so what is
 * validated in a test is byte for byte what goes on the wire.
 * <p>
 * Instants and dates are ISO-8601 strings; {@code null} fields are written as {@code null} so a consumer (and
 * the schema) sees them; unknown fields are ignored on reading, so a consumer keeps working when a producer
 * adds an optional field (tolerant reader).
 */
public final class EventJson {

    /** Shared and thread-safe; do not reconfigure it, build your own from {@link #builder()} instead. */
    public static final ObjectMapper MAPPER = builder().build();

    private EventJson() {
    }

    /** A builder preconfigured for the wire, for code that needs a mapper of its own with the same settings. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(Include.ALWAYS, Include.ALWAYS));
    }

    /** The JSON text of an event's data. */
    public static String write(Object data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an event's data; unknown fields are ignored. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
