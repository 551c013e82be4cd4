package org.returnops.transport.convoy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.events.ConvoyRescheduled;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.transport.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnops.transport.Fixtures.cleared;
import static org.returnops.transport.Fixtures.convoy;
import static org.returnops.transport.Fixtures.post;
import static org.returnops.transport.Fixtures.registered;
import static org.returnops.transport.Fixtures.vehicle;

/** A departure moved before the convoy leaves: exactly those whose clearance would lapse by then are taken off. */
@QuarkusTest
class ReschedulingTest {

    @Inject Fixtures fixtures;

    @BeforeEach
    void emptyPool() {
        fixtures.emptyPool();
    }

    private UUID clearedUntil(Instant validUntil) {
        UUID id = UUID.randomUUID();
        fixtures.send(registered(id, null, LocalDate.of(1990, 1, 1), List.of(), List.of()), id);
        fixtures.send(cleared(id, validUntil), id);
        fixtures.awaitEligible(List.of(id));
        return id;
    }

    @Test
    void aRescheduledDepartureTakesOffExactlyThoseWhosePcrWouldLapse() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID lapsing = clearedUntil(now.plus(2, ChronoUnit.DAYS));
        UUID lasting = clearedUntil(now.plus(10, ChronoUnit.DAYS));
        UUID open = clearedUntil(null);
        String id = convoy("KZ-UZ-TJ-KHUJAND", now.plus(1, ChronoUnit.DAYS),
                List.<String[]>of(new String[] {vehicle(10, 0)}));
        String base = "/api/v1/convoys/" + id;
        assertThat(post(base + "/manifest", null, 201).getInt("assigned")).isEqualTo(3);

        Instant moved = now.plus(5, ChronoUnit.DAYS);
        JsonPath rescheduled = post(base + "/rescheduling", Map.of("plannedDeparture", moved.toString(),
                "reason", "Gisht Kuprik closed for two days"), 200);

        assertThat(rescheduled.getList("takenOff.migrantId", String.class)).containsExactly(lapsing.toString());
        assertThat(rescheduled.getList("takenOff.reason", String.class))
                .containsExactly("CLEARANCE_ENDS_BEFORE_DEPARTURE");
        assertThat(rescheduled.getString("convoy.plannedDeparture")).isEqualTo(moved.toString());
        assertThat(rescheduled.getString("convoy.status")).isEqualTo("MANIFESTED");
        assertThat(rescheduled.getInt("convoy.passengerCount")).isEqualTo(2);
        assertThat(rescheduled.getList("convoy.timeline.kind", String.class)).contains("RESCHEDULED");
        JsonPath manifest = org.returnops.testkit.Partners.asOperator().when().get(base + "/manifest").then().statusCode(200).extract()
                .jsonPath();
        assertThat(manifest.getList("vehicles[0].passengers.migrantId", String.class))
                .containsExactlyInAnyOrder(lasting.toString(), open.toString());

        MigrantUnassigned off = fixtures.events(MigrantUnassigned.class, e -> e.migrantId().equals(lapsing), 1).get(0);
        assertThat(off.reason()).isEqualTo("CLEARANCE_NOT_VALID");
        ConvoyRescheduled event = fixtures.events(ConvoyRescheduled.class, e -> e.convoyId().toString().equals(id), 1)
                .get(0);
        assertThat(event.previousDeparture()).isEqualTo(now.plus(1, ChronoUnit.DAYS));
        assertThat(event.plannedDeparture()).isEqualTo(moved);

        post(base + "/manifest/confirmation", null, 200);
        post(base + "/rescheduling", Map.of("plannedDeparture", now.plus(6, ChronoUnit.DAYS).toString(),
                "reason", "again"), 409);
    }
}
