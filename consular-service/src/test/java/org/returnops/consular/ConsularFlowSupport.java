package org.returnops.consular;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.EventType;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.PersonName;
import org.returnops.platform.security.Roles;
import org.returnops.testkit.EventSender;
import org.returnops.testkit.TopicProbe;
import org.returnops.testkit.Waiting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asRole;

/**
 * What the consular flow tests do over and over: call as a partner, announce events, wait for cases,
 * decide clearances.
 */
public abstract class ConsularFlowSupport {

    protected static final Duration WAIT = Duration.ofSeconds(30);

    /** The first bytes of a PNG image: enough for a scan of a certificate to be taken as one. */
    protected static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H',
            'D', 'R'};

    /** The partner role of each deciding authority (its token's {@code org} is the authority code). */
    public static final Map<String, String> AUTHORITY_ROLES = Map.of(
            "KZ-MIGRATION", Roles.KZ_MIGRATION,
            "UZ-BORDER", Roles.UZ_BORDER,
            "TJ-EMBASSY-KZ", Roles.TJ_EMBASSY,
            "TJ-BORDER", Roles.TJ_BORDER);

    protected final TopicProbe topics = TopicProbe.ofTestStack();

    /** A request as the partner of the authority with this code. */
    public static RequestSpecification asAuthority(String code) {
        String role = AUTHORITY_ROLES.get(code);
        if (role == null) {
            throw new IllegalArgumentException("no partner role for authority " + code);
        }
        return asRole(role);
    }

    /** Sends the event where it belongs, as the broker's administrator standing in for its producer. */
    protected void send(Object data, String key) {
        sendTo(topics, EventType.of(data.getClass()).topicFor(data), data, key);
    }

    /** Sends the event to the topic through the probe (and so as the probe's principal). */
    protected static void sendTo(TopicProbe probe, String topic, Object data, String key) {
        EventSender.asTest().through(probe).sendTo(topic, data, key);
    }

    protected UUID register() {
        return register(LocalDate.now().plusYears(4));
    }

    protected UUID register(LocalDate passportExpiry) {
        UUID migrantId = UUID.randomUUID();
        send(new MigrantRegistered(migrantId, null, "KZ-ZHIBEK-ZHOLY", new PersonName("Saidov", "Umed", null), null, "M",
                LocalDate.of(1991, 4, 9), "TJK", List.of(new IdentityDocument("PASSPORT", "40" + migrantId.toString()
                        .replaceAll("[^0-9]", "").substring(0, 7), "TJK", passportExpiry)),
                List.of(), List.of(), "Sughd", true, Instant.now()), migrantId.toString());
        Waiting.until("a case for " + migrantId, WAIT)
                .until(() -> asOperator().when().get("/api/v1/clearance-cases/" + migrantId).statusCode() == 200);
        return migrantId;
    }

    protected String clearanceOf(UUID migrantId, String type) {
        List<Map<String, Object>> clearances = asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().extract().jsonPath().getList("clearances");
        return clearances.stream().filter(c -> type.equals(c.get("type"))).map(c -> (String) c.get("id"))
                .findFirst().orElseThrow();
    }

    /** The authority with this code decides the clearance, with its own token. */
    protected io.restassured.response.ValidatableResponse decide(String clearanceId, String authority,
            Map<String, Object> decision) {
        return asAuthority(authority).contentType(ContentType.JSON).body(decision)
                .when().post("/api/v1/clearances/" + clearanceId + "/decision").then();
    }

    protected void awaitCaseStatus(UUID migrantId, String status) {
        // "status" is the case's, or the 404 problem's number while there is no case yet
        Waiting.until("the case of " + migrantId + " is " + status, WAIT).untilAsserted(() -> assertThat(
                String.valueOf(asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                        .then().extract().<Object>path("status"))).isEqualTo(status));
    }

    /** The person's events of the type, from consular's topic or, for requests, from every authority's own topic. */
    protected List<EventEnvelope> events(UUID migrantId, String type, int enough) {
        return events(migrantId, List.of(type), enough);
    }

    /**
     * The person's events of any of the types (all requests, or all from consular's topic) in one read: one wait of
     * a few seconds shows that no more came than expected for all of them at once.
     */
    protected List<EventEnvelope> events(UUID migrantId, List<String> types, int enough) {
        List<String> where = types.contains(EventType.CLEARANCE_REQUESTED.type())
                ? Topics.AUTHORITIES.stream().map(Topics::requests).toList() : List.of(Topics.CONSULAR_CLEARANCES);
        return topics.all(where, r -> migrantId.toString().equals(r.key())
                        && types.contains(CloudEventCodec.decode(r.value()).type()), enough,
                        Duration.ofSeconds(enough > 1 ? 8 : 5))
                .stream().map(r -> CloudEventCodec.decode(r.value())).toList();
    }

    protected void recordPcr(UUID migrantId, Instant takenAt, String result) {
        asOperator().contentType(ContentType.JSON).body(Map.of("takenAt", takenAt.toString(), "result", result))
                .when().post("/api/v1/clearance-cases/" + migrantId + "/pcr-tests")
                .then().statusCode(200);
    }

}
