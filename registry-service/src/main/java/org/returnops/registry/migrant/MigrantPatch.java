package org.returnops.registry.migrant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A JSON merge patch (RFC 7386) of a person's editable fields: the record as the API accepts it is patched and read
 * back as a {@link MigrantRequest}, so the result passes the same constraints as a registration. Status, documents
 * and ids change through their own operations; consent once given is withdrawn, not removed.
 */
@ApplicationScoped
public class MigrantPatch {

    /** The fields a merge patch may change. */
    static final Set<String> PATCHABLE = Set.of("siteCode", "nameLatin", "nameCyrillic", "sex", "dateOfBirth",
            "nationality", "phone", "destinationRegion", "vulnerabilities", "seatNeeds", "consent");

    @Inject ObjectMapper mapper;
    @Inject Validator validator;

    /** The editable fields of the stored record, as a request would carry them. */
    static MigrantRequest editable(Migrant migrant) {
        return new MigrantRequest(migrant.siteCode, MigrantView.latin(migrant), MigrantView.cyrillic(migrant),
                migrant.sex, migrant.dateOfBirth, migrant.nationality, migrant.phone, migrant.destinationRegion, null,
                null, migrant.vulnerabilities.isEmpty() ? Set.of() : EnumSet.copyOf(migrant.vulnerabilities),
                migrant.seatNeeds.isEmpty() ? Set.of() : EnumSet.copyOf(migrant.seatNeeds),
                migrant.consentAt == null ? null
                        : new MigrantRequest.Consent(migrant.consentAt, migrant.consentTakenBy, migrant.consentLanguage));
    }

    /** The record with the patch applied, checked against the request's constraints. */
    MigrantRequest apply(Migrant migrant, MigrantRequest current, JsonObject patch) {
        List<Problem.Violation> refused = patch.keySet().stream().filter(field -> !PATCHABLE.contains(field)).sorted()
                .map(field -> new Problem.Violation(field, "cannot be changed with PATCH (changeable: "
                        + PATCHABLE.stream().sorted().toList() + ")"))
                .toList();
        if (!refused.isEmpty()) {
            throw new InvalidRequest(refused);
        }
        if (patch.containsKey("consent") && patch.isNull("consent") && migrant.consentAt != null) {
            throw new InvalidRequest("consent", "cannot be removed: withdrawing consent is a withdrawal "
                    + "(POST /api/v1/migrants/" + migrant.id + "/withdrawal)");
        }
        JsonValue target = Json.createReader(new StringReader(json(current))).readValue();
        MigrantRequest changed = read(Json.createMergePatch(patch).apply(target).toString());
        Set<ConstraintViolation<MigrantRequest>> violations = validator.validate(changed);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return changed;
    }

    /** The fields announced as changed in migrant.updated.v1 (a phone or a consent's details are not announced). */
    static List<String> announcedChanges(MigrantRequest before, MigrantRequest after) {
        List<String> fields = new ArrayList<>();
        compare(fields, "siteCode", before.siteCode(), after.siteCode());
        compare(fields, "nameLatin", before.nameLatin(), after.nameLatin());
        compare(fields, "nameCyrillic", before.nameCyrillic(), after.nameCyrillic());
        compare(fields, "sex", before.sex(), after.sex());
        compare(fields, "dateOfBirth", before.dateOfBirth(), after.dateOfBirth());
        compare(fields, "nationality", before.nationality(), after.nationality());
        compare(fields, "destinationRegion", before.destinationRegion(), after.destinationRegion());
        compare(fields, "vulnerabilities", before.vulnerabilities(), after.vulnerabilities());
        compare(fields, "seatNeeds", before.seatNeeds(), after.seatNeeds());
        compare(fields, "consentGiven", before.consent() != null, after.consent() != null);
        return fields;
    }

    private static void compare(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    private String json(MigrantRequest request) {
        try {
            return mapper.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the record as JSON", e);
        }
    }

    private MigrantRequest read(String json) {
        try {
            return mapper.readValue(json, MigrantRequest.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRequest("body", "the patched record cannot be read: " + e.getOriginalMessage());
        }
    }
}
