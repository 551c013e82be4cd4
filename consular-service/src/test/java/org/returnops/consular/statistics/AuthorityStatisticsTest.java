package org.returnops.consular.statistics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.platform.security.Roles;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.testkit.Partners.asRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The figures per authority match the decisions taken here; the observer sees counts only, small ones suppressed. */
@QuarkusTest
class AuthorityStatisticsTest extends ConsularFlowSupport {

    @Test
    void perAuthorityFiguresMatchTheDecisionsTakenAndTheObserverSeesCountsOnly() throws Exception {
        Instant since = Instant.now().minusSeconds(1);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(register());
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String exit = clearanceOf(people.get(i), "KZ_EXIT");
            Map<String, Object> decision = i == 0 ? Map.of("outcome", "DENIED", "reason", "overstay fine unpaid")
                    : Map.of("outcome", "GRANTED", "referenceNumber", "KZ-AMN-" + i);
            JsonPath decided = decide(exit, "KZ-MIGRATION", decision).statusCode(200).extract().jsonPath();
            seconds.add(Duration.between(Instant.parse(decided.getString("requestedAt")),
                    Instant.parse(decided.getString("decidedAt"))).toNanos() / 1e9);
        }
        seconds.sort(Double::compare);

        JsonPath operator = asOperator().queryParam("since", since.toString())
                .when().get("/api/v1/authorities/statistics").then().statusCode(200).extract().jsonPath();
        Map<String, Object> kz = authority(operator, "KZ-MIGRATION");
        assertThat(kz).containsEntry("pending", 0).containsEntry("granted", 5).containsEntry("denied", 1);
        assertThat(((Number) kz.get("medianSecondsToDecide")).doubleValue())
                .isCloseTo(percentile(seconds, 0.5), within(0.001));
        assertThat(((Number) kz.get("p90SecondsToDecide")).doubleValue())
                .isCloseTo(percentile(seconds, 0.9), within(0.001));
        Map<String, Object> tjBorder = authority(operator, "TJ-BORDER");
        assertThat(tjBorder).containsEntry("pending", 6).containsEntry("granted", 0).containsEntry("denied", 0)
                .containsEntry("medianSecondsToDecide", null);

        JsonPath observer = asRole(Roles.OBSERVER).queryParam("since", since.toString())
                .when().get("/api/v1/authorities/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(authority(observer, "KZ-MIGRATION")).containsEntry("granted", 5).containsEntry("denied", null)
                .containsEntry("pending", null).containsEntry("medianSecondsToDecide", null)
                .containsEntry("p90SecondsToDecide", null);
        assertThat(authority(observer, "TJ-BORDER")).containsEntry("pending", 6);

        asRole(Roles.TJ_BORDER).when().get("/api/v1/authorities/statistics").then().statusCode(403);
        asOperator().queryParam("since", "yesterday").when().get("/api/v1/authorities/statistics").then()
                .statusCode(400).contentType("application/problem+json");
    }

    /** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
    private static double percentile(List<Double> sorted, double fraction) {
        double position = fraction * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted.get(lower) + (sorted.get(upper) - sorted.get(lower)) * (position - lower);
    }

    private static Map<String, Object> authority(JsonPath figures, String code) {
        return figures.getMap("find { it.authorityCode == '" + code + "' }");
    }
}
