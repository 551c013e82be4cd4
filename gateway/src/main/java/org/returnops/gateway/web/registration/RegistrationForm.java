package org.returnops.gateway.web.registration;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registration form: what was typed, and the API's own messages for each field it refused. The
 * fields are named as the API names them ({@code nameLatin.family}), so a violation lands beside its field.
 */
@TemplateData
public record RegistrationForm(Map<String, String> values, Map<String, String> errors, List<String> otherErrors,
        List<Site> sites, String registered) {

    /** The form's fields, in the API's names. */
    static final List<String> FIELDS = List.of("siteCode", "nameLatin.family", "nameLatin.given", "nameCyrillic.family",
            "nameCyrillic.given", "sex", "dateOfBirth", "nationality", "phone", "destinationRegion");

    @TemplateData
    public record Site(String code, String name) {
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean refused() {
        return !errors.isEmpty() || !otherErrors.isEmpty();
    }

    static RegistrationForm empty(List<Site> sites) {
        return new RegistrationForm(Map.of("nationality", "TJK"), Map.of(), List.of(), sites, null);
    }

    /** The form again with the problem's violations beside their fields (and the rest above the form). */
    static RegistrationForm refused(Map<String, String> values, JsonNode problem, List<Site> sites) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (JsonNode v : problem.path("violations")) {
            String field = v.path("field").asText();
            String message = v.path("message").asText();
            if (FIELDS.contains(field)) {
                errors.merge(field, message, (a, b) -> a + "; " + b);
            } else {
                other.add(field.isEmpty() ? message : field + ": " + message);
            }
        }
        if (errors.isEmpty() && other.isEmpty()) {
            other.add(problem.path("detail").asText(problem.path("title").asText("refused")));
        }
        return new RegistrationForm(values, errors, other, sites, null);
    }
}
