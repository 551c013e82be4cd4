package org.returnops.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How every web page writes a person's name: family name first, then given name (and patronymic), one space apart. */
public final class PersonName {

    private PersonName() {
    }

    /** A name as the services send it ({@code {family, given, patronymic}}), in full; empty without one. */
    public static String full(JsonNode name) {
        return of(name.path("family").asText(""), name.path("given").asText(""), name.path("patronymic").asText(""));
    }

    /** The family and given name of such a name, as lists show it. */
    public static String brief(JsonNode name) {
        return of(name.path("family").asText(""), name.path("given").asText(""));
    }

    /** The parts present, in this order. */
    public static String of(String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
    }
}
