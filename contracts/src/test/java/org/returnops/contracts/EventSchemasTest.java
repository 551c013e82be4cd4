package org.returnops.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.MigrantWithdrawn;
import org.returnops.contracts.events.PersonName;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.returnops.contracts.EventType.CHECKPOINT_PASSED;
import static org.returnops.contracts.EventType.CLEARANCE_DECIDED;
import static org.returnops.contracts.EventType.CLEARANCE_DECISION;
import static org.returnops.contracts.EventType.CLEARANCE_REQUESTED;
import static org.returnops.contracts.EventType.CONVOY_ARRIVED;
import static org.returnops.contracts.EventType.CONVOY_PLANNED;
import static org.returnops.contracts.EventType.MANIFEST_CONFIRMED;
import static org.returnops.contracts.EventType.MIGRANT_ASSIGNED;
import static org.returnops.contracts.EventType.MIGRANT_NO_SHOW;
import static org.returnops.contracts.EventType.MIGRANT_UNASSIGNED;
import static org.returnops.contracts.EventType.MIGRANT_REGISTERED;
import static org.returnops.contracts.EventType.MIGRANT_UPDATED;
import static org.returnops.contracts.EventType.MIGRANT_WITHDRAWN;
import static org.returnops.contracts.EventType.TRAVEL_DOCUMENT_ISSUED;

/** What producers write validates, and what the schemas must refuse is refused with a message naming the field. */
class EventSchemasTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleOfEveryTypeValidatesAndSurvivesTheWire(EventType type) {
        Record sample = SampleEvents.sample(type);

        assertThat(sample).isInstanceOf(type.dataClass());
        assertThat(EventSchemas.violations(sample)).isEmpty();
        assertThat(EventSchemas.violations(type, EventJson.write(sample))).isEmpty();
        assertThat(EventJson.read(EventJson.write(sample), type.dataClass())).isEqualTo(sample);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyRequiredFieldIsRequired(EventType type) {
        ObjectNode sample = tree(type);
        for (JsonNode name : schema(type).path("required")) {
            ObjectNode data = sample.deepCopy();
            data.remove(name.asText());

            assertThat(EventSchemas.violations(type, data.toString()))
                    .as("%s without %s", type.type(), name.asText())
                    .anySatisfy(message -> assertThat(message).contains("'" + name.asText() + "'"));
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void extraPropertiesAreRefused(EventType type) {
        ObjectNode data = tree(type);
        data.put("passportScan", "base64...");

        assertThat(EventSchemas.violations(type, data.toString()))
                .singleElement().asString().contains("passportScan");
    }

    static Stream<Arguments> invalidData() {
        return Stream.of(
                invalid("missing required field", MIGRANT_REGISTERED, d -> d.remove("siteCode"),
                        "$: required property 'siteCode' not found"),
                invalid("null in a required field", MIGRANT_REGISTERED, d -> d.putNull("dateOfBirth"),
                        "$.dateOfBirth"),
                invalid("two-letter nationality", MIGRANT_REGISTERED, d -> d.put("nationality", "KZ"),
                        "$.nationality"),
                invalid("lowercase nationality", CLEARANCE_REQUESTED, d -> d.put("nationality", "tjk"),
                        "$.nationality"),
                invalid("two-letter issuing state", MIGRANT_REGISTERED,
                        d -> ((ObjectNode) d.withArray("documents").get(0)).put("issuingState", "KZ"),
                        "$.documents[0].issuingState"),
                invalid("unknown sex", MIGRANT_REGISTERED, d -> d.put("sex", "MALE"), "$.sex"),
                invalid("unknown vulnerability", MIGRANT_REGISTERED,
                        d -> d.withArray("vulnerabilities").add("HOMELESS"), "$.vulnerabilities[1]"),
                invalid("repeated seat need", MIGRANT_REGISTERED,
                        d -> d.withArray("seatNeeds").add("NEAR_TOILET"), "$.seatNeeds"),
                invalid("unknown document type", MIGRANT_REGISTERED,
                        d -> ((ObjectNode) d.withArray("documents").get(0)).put("type", "DRIVING_LICENCE"),
                        "$.documents[0].type"),
                invalid("extra field in a nested name", MIGRANT_REGISTERED,
                        d -> ((ObjectNode) d.get("nameLatin")).put("middle", "R."), "middle"),
                invalid("Cyrillic name without given name", MIGRANT_REGISTERED,
                        d -> ((ObjectNode) d.get("nameCyrillic")).remove("given"), "'given'"),
                invalid("impossible date of birth", MIGRANT_REGISTERED, d -> d.put("dateOfBirth", "1991-02-30"),
                        "$.dateOfBirth"),
                invalid("time without zone", MIGRANT_REGISTERED, d -> d.put("registeredAt", "2026-03-02T07:45:00"),
                        "$.registeredAt"),
                invalid("bad uuid", MIGRANT_ASSIGNED, d -> d.put("migrantId", "farrukh-rakhimov"), "$.migrantId"),
                invalid("bad uuid in a list", MANIFEST_CONFIRMED, d -> d.withArray("migrantIds").add("42"),
                        "$.migrantIds[2]"),
                invalid("lowercase site code", MIGRANT_REGISTERED, d -> d.put("siteCode", "zhibek-zholy"),
                        "$.siteCode"),
                invalid("empty withdrawal reason", MIGRANT_WITHDRAWN, d -> d.put("reason", ""), "$.reason"),
                invalid("unknown field name in changed", MIGRANT_UPDATED, d -> d.withArray("changed").add("status"),
                        "$.changed[1]"),
                invalid("update that changes nothing", MIGRANT_UPDATED, d -> d.withArray("changed").removeAll(),
                        "$.changed"),
                invalid("unknown clearance type", CLEARANCE_REQUESTED, d -> d.put("clearanceType", "KZ_ENTRY"),
                        "$.clearanceType"),
                invalid("DENIED decided without reason", CLEARANCE_DECIDED,
                        d -> d.put("outcome", "DENIED").putNull("reason"), "$.reason"),
                invalid("DENIED decided with the reason left out", CLEARANCE_DECIDED,
                        d -> d.put("outcome", "DENIED").remove("reason"), "'reason'"),
                invalid("DENIED inbound decision without reason", CLEARANCE_DECISION,
                        d -> d.put("outcome", "DENIED").putNull("reason"), "$.reason"),
                invalid("unknown outcome", CLEARANCE_DECISION, d -> d.put("outcome", "PENDING"), "$.outcome"),
                invalid("other document type issued", TRAVEL_DOCUMENT_ISSUED, d -> d.put("documentType", "PASSPORT"),
                        "$.documentType"),
                invalid("negative count", MANIFEST_CONFIRMED, d -> d.put("passengerCount", -1), "$.passengerCount"),
                invalid("negative no-show count", CONVOY_ARRIVED, d -> d.put("noShowCount", -2), "$.noShowCount"),
                invalid("negative headcount", CHECKPOINT_PASSED,
                        d -> ((ObjectNode) d.withArray("headcounts").get(0)).put("counted", -1),
                        "$.headcounts[0].counted"),
                invalid("fractional count", CONVOY_ARRIVED, d -> d.put("arrivedCount", 1.5), "$.arrivedCount"),
                invalid("count as text", CONVOY_ARRIVED, d -> d.put("arrivedCount", "1"), "$.arrivedCount"),
                invalid("seat zero", MIGRANT_ASSIGNED, d -> d.put("seat", 0), "$.seat"),
                invalid("convoy without vehicles", CONVOY_PLANNED, d -> d.withArray("vehicles").removeAll(),
                        "$.vehicles"),
                invalid("unknown no-show stage", MIGRANT_NO_SHOW, d -> d.put("stage", "CHECKPOINT"), "$.stage"),
                invalid("unknown unassignment reason", MIGRANT_UNASSIGNED, d -> d.put("reason", "BORED"), "$.reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidData")
    void invalidDataIsRefusedNamingTheField(String name, EventType type, Consumer<ObjectNode> change,
            String expected) {
        ObjectNode data = tree(type);
        change.accept(data);

        assertThat(EventSchemas.violations(type, data.toString()))
                .isNotEmpty()
                .anySatisfy(message -> assertThat(message).contains(expected));
    }

    @Test
    void decisionsWithAReasonOrGrantedWithoutOneAreValid() {
        ObjectNode denied = tree(CLEARANCE_DECISION).put("outcome", "DENIED")
                .put("reason", "Nationality could not be confirmed from the documents held.");
        ObjectNode granted = tree(CLEARANCE_DECIDED).put("outcome", "GRANTED");
        granted.remove(List.of("reason", "referenceNumber", "validUntil"));

        assertThat(EventSchemas.violations(CLEARANCE_DECISION, denied.toString())).isEmpty();
        assertThat(EventSchemas.violations(CLEARANCE_DECIDED, granted.toString())).isEmpty();
    }

    @Test
    void nullableFieldsMayBeNullOrAbsent() {
        ObjectNode data = tree(MIGRANT_REGISTERED).putNull("householdId").putNull("nameCyrillic")
                .putNull("destinationRegion");
        ObjectNode absent = tree(MIGRANT_REGISTERED);
        absent.remove(List.of("householdId", "nameCyrillic", "destinationRegion"));

        assertThat(EventSchemas.violations(MIGRANT_REGISTERED, data.toString())).isEmpty();
        assertThat(EventSchemas.violations(MIGRANT_REGISTERED, absent.toString())).isEmpty();
    }

    @Test
    void recordsAreCheckedAsTheyGoOnTheWire() {
        MigrantWithdrawn blankReason = new MigrantWithdrawn(SampleEvents.DILNOZA, "", "operator.aigerim",
                Instant.parse("2026-03-05T09:00:00Z"));
        ClearanceDecision deniedWithoutReason = new ClearanceDecision(UUID.randomUUID(), UUID.randomUUID(),
                "TJ-EMBASSY-KZ", "DENIED", null, null, null, "consul.nazarov", Instant.now());

        assertThat(EventSchemas.violations(blankReason)).singleElement().asString().startsWith("$.reason: ");
        assertThat(EventSchemas.violations(deniedWithoutReason)).singleElement().asString().startsWith("$.reason: ");
        assertThatThrownBy(() -> EventSchemas.violations(new PersonName("RAKHIMOV", "FARRUKH", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWireFormatIsIsoTextWithExplicitNulls() {
        JsonNode data = tree(MIGRANT_NO_SHOW);

        assertThat(data.get("recordedAt").asText()).isEqualTo("2026-03-10T05:15:00Z");
        assertThat(data.has("reason")).isTrue();
        assertThat(data.get("reason").isNull()).isTrue();
        assertThat(tree(MIGRANT_REGISTERED).get("dateOfBirth").asText()).isEqualTo("1991-04-12");
    }

    @Test
    void readersTolerateUnknownFieldsAndMissingLists() {
        ObjectNode data = tree(MIGRANT_NO_SHOW).put("addedInVersionTwo", true);
        ObjectNode registered = tree(MIGRANT_REGISTERED);
        registered.remove(List.of("vulnerabilities", "seatNeeds"));

        assertThat(EventJson.read(data.toString(), MigrantNoShow.class))
                .isEqualTo(SampleEvents.sample(MIGRANT_NO_SHOW));
        assertThat(EventJson.read(registered.toString(), MigrantRegistered.class).vulnerabilities()).isEmpty();
    }

    private static Arguments invalid(String name, EventType type, Consumer<ObjectNode> change, String expected) {
        return Arguments.of(name, type, change, expected);
    }

    private static ObjectNode tree(EventType type) {
        return EventJson.MAPPER.valueToTree(SampleEvents.sample(type));
    }

    private static JsonNode schema(EventType type) {
        try {
            return EventJson.MAPPER.readTree(EventSchemas.schemaJson(type));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
