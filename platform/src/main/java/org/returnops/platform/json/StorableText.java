package org.returnops.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Refuses, while reading a request body, text that a valid JSON document may carry but that PostgreSQL
 * cannot store and no person's name or document contains: the NUL character and unpaired UTF-16
 * surrogates ({@code "\ud800"}). Without this such a body is read fine and fails at the database as an
 * internal error; with it, it is a 400 naming the field, like every other bad value.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    /** The rule a refused value broke, as the problem's violation message says it. */
    public static final String RULE = "must not contain the NUL character or unpaired surrogates";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new Checked()));
    }

    /** Whether PostgreSQL can store the text as it is. */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A string value that cannot be stored. */
    public static final class Unstorable extends MismatchedInputException {

        Unstorable(JsonParser parser) {
            super(parser, RULE, String.class);
        }
    }

    private static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !storable(value)) {
                throw new Unstorable(parser);
            }
            return value;
        }
    }
}
