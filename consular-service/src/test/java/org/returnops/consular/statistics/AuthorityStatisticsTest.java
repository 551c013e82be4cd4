package org.returnops.consular.statistics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.returnops.consular.ConsularFlowSupport;
import org.returnops.platform.security.Roles;
import org.returnops.testkit.SqlRows;

import javax.sql.DataSource;

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

    @Inject
    DataSource dataSource;

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
        // pending: what is stored, since a clearance of an earlier test may be requested again meanwhile (expiry)
        assertThat(kz).containsEntry("pending", pendingSince("KZ-MIGRATION", since)).containsEntry("granted", 5)
                .containsEntry("denied", 1);
        assertThat(((Number) kz.get("medianSecondsToDecide")).doubleValue())
                .isCloseTo(percentile(seconds, 0.5), within(0.001));
        assertThat(((Number) kz.get("p90SecondsToDecide")).doubleValue())
                .isCloseTo(percentile(seconds, 0.9), within(0.001));
        Map<String, Object> tjBorder = authority(operator, "TJ-BORDER");
        assertThat(pendingSince("TJ-BORDER", since)).isGreaterThanOrEqualTo(6);
        assertThat(tjBorder).containsEntry("pending", pendingSince("TJ-BORDER", since)).containsEntry("granted", 0).containsEntry("denied", 0)
                .containsEntry("medianSecondsToDecide", null);

        JsonPath observer = asRole(Roles.OBSERVER).queryParam("since", since.toString())
                .when().get("/api/v1/authorities/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(authority(observer, "KZ-MIGRATION")).containsEntry("granted", 5).containsEntry("denied", null)
                .containsEntry("pending", null).containsEntry("medianSecondsToDecide", null)
                .containsEntry("p90SecondsToDecide", null);
        assertThat(authority(observer, "TJ-BORDER")).containsEntry("pending", pendingSince("TJ-BORDER", since));

        asRole(Roles.TJ_BORDER).when().get("/api/v1/authorities/statistics").then().statusCode(403);
        asOperator().queryParam("since", "yesterday").when().get("/api/v1/authorities/statistics").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private int pendingSince(String authority, Instant since) throws java.sql.SQLException {
        return (int) new SqlRows(dataSource).count("select count(*) from clearance where status = 'PENDING' and "
                + "authority_code = '" + authority + "' and requested_at >= timestamptz '" + since + "'");
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
