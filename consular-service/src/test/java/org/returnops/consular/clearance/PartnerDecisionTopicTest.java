package org.returnops.consular.clearance;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventSchemas;
import org.returnops.contracts.EventType;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ClearanceDecision;
import org.returnops.contracts.events.ClearanceDecisionRejected;
import org.returnops.contracts.events.ClearanceRequested;
import org.returnops.localstack.KafkaAccess;
import org.returnops.testkit.TopicProbe;
import org.returnops.testkit.Waiting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.returnops.testkit.Partners.asOperator;

/**
 * Authority systems on their own topics, with their own credentials: each reads only the requests
 * addressed to it, decides only on its own decisions topic, and hears back on its rejections topic
 * when a decision is refused.
 */
@QuarkusTest
class PartnerDecisionTopicTest extends ConsularFlowSupport {

    private final TopicProbe embassy = TopicProbe.ofTestStack(KafkaAccess.TJ_EMBASSY);
    private final TopicProbe uzBorder = TopicProbe.ofTestStack(KafkaAccess.UZ_BORDER);

    @Test
    void theEmbassyReadsItsRequestsAndDecidesOverKafkaWithItsOwnCredentials() throws Exception {
        UUID migrantId = register();
        UUID nationality = UUID.fromString(clearanceOf(migrantId, "TJ_NATIONALITY"));

        List<ClearanceRequested> requested = embassy.all(Topics.requests("TJ-EMBASSY-KZ"),
                        r -> migrantId.toString().equals(r.key()), 1, WAIT).stream()
                .map(r -> CloudEventCodec.decode(r.value()).data(ClearanceRequested.class)).toList();
        assertThat(requested).singleElement().satisfies(request -> {
            assertThat(request.clearanceId()).isEqualTo(nationality);
            assertThat(request.authorityCode()).isEqualTo("TJ-EMBASSY-KZ");
        });

        sendTo(embassy, Topics.decisions("TJ-EMBASSY-KZ"), decision(nationality, "TJ-EMBASSY-KZ"),
                nationality.toString());
        awaitClearance(migrantId, "TJ_NATIONALITY", "GRANTED");
    }

    @Test
    void aDecisionNamingAnotherAuthorityIsRefusedBackToTheSenderWithItsReasonAndDecidesNothing() throws Exception {
        UUID migrantId = register();
        UUID nationality = UUID.fromString(clearanceOf(migrantId, "TJ_NATIONALITY"));
        ClearanceDecision forged = decision(nationality, "TJ-EMBASSY-KZ");

        sendTo(uzBorder, Topics.decisions("UZ-BORDER"), forged, nationality.toString());

        ClearanceDecisionRejected rejected = uzBorder.await(Topics.rejections("UZ-BORDER"),
                        r -> nationality.toString().equals(r.key()), WAIT)
                .map(r -> CloudEventCodec.decode(r.value())).map(e -> {
                    assertThat(e.type()).isEqualTo("clearance.decision-rejected.v1");
                    assertThat(EventSchemas.violations(EventType.CLEARANCE_DECISION_REJECTED, e.dataJson())).isEmpty();
                    return e.data(ClearanceDecisionRejected.class);
                }).orElseThrow();
        assertThat(rejected.decisionId()).isEqualTo(forged.decisionId());
        assertThat(rejected.authorityCode()).isEqualTo("UZ-BORDER");
        assertThat(rejected.type()).isEqualTo("urn:return-ops:problem:forbidden");
        assertThat(rejected.title()).isEqualTo("Not yours to decide");
        assertThat(rejected.detail()).isEqualTo("The decision names TJ-EMBASSY-KZ, but it came on the decisions "
                + "topic of UZ-BORDER: an authority decides only as itself.");
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().body("clearances.find { it.type == 'TJ_NATIONALITY' }.status", equalTo("PENDING"));
    }

    @Test
    void aDecisionOnAnotherAuthoritysClearanceIsRefusedBackWithTheRuleItBreaks() throws Exception {
        UUID migrantId = register();
        UUID exit = UUID.fromString(clearanceOf(migrantId, "KZ_EXIT"));

        sendTo(uzBorder, Topics.decisions("UZ-BORDER"), decision(exit, "UZ-BORDER"), exit.toString());

        ClearanceDecisionRejected rejected = uzBorder.await(Topics.rejections("UZ-BORDER"),
                        r -> exit.toString().equals(r.key()), WAIT)
                .map(r -> CloudEventCodec.decode(r.value()).data(ClearanceDecisionRejected.class)).orElseThrow();
        assertThat(rejected.type()).isEqualTo("urn:return-ops:problem:forbidden");
        assertThat(rejected.detail()).contains("is decided by KZ-MIGRATION, not by UZ-BORDER");
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().body("clearances.find { it.type == 'KZ_EXIT' }.status", equalTo("PENDING"));
    }

    @Test
    void anAuthorityCannotWriteAnotherAuthoritysDecisionsTopic() throws Exception {
        UUID migrantId = register();
        UUID exit = UUID.fromString(clearanceOf(migrantId, "KZ_EXIT"));

        assertThatThrownBy(() -> sendTo(embassy, Topics.decisions("KZ-MIGRATION"), decision(exit, "KZ-MIGRATION"),
                exit.toString())).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThat(topics.all(Topics.decisions("KZ-MIGRATION"), r -> exit.toString().equals(r.key()), 1,
                java.time.Duration.ofSeconds(3))).isEmpty();
        asOperator().when().get("/api/v1/clearance-cases/" + migrantId)
                .then().body("clearances.find { it.type == 'KZ_EXIT' }.status", equalTo("PENDING"));
    }

    private static ClearanceDecision decision(UUID clearanceId, String authority) {
        return new ClearanceDecision(UUID.randomUUID(), clearanceId, authority, "GRANTED", null, "REF-1", null,
                "officer on duty", Instant.now());
    }

    private void awaitClearance(UUID migrantId, String type, String status) {
        Waiting.until(type + " of " + migrantId + " is " + status, WAIT).untilAsserted(() -> assertThat(
                asOperator().when().get("/api/v1/clearance-cases/" + migrantId).then().extract()
                        .<String>path("clearances.find { it.type == '" + type + "' }.status")).isEqualTo(status));
    }
}
