package org.returnops.registry.migrant;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnops.registry.migrant.MigrantStatus.ARRIVED;
import static org.returnops.registry.migrant.MigrantStatus.ASSIGNED;
import static org.returnops.registry.migrant.MigrantStatus.CLEARANCE_DENIED;
import static org.returnops.registry.migrant.MigrantStatus.CLEARANCE_PENDING;
import static org.returnops.registry.migrant.MigrantStatus.CLEARED;
import static org.returnops.registry.migrant.MigrantStatus.IN_TRANSIT;
import static org.returnops.registry.migrant.MigrantStatus.NO_SHOW;
import static org.returnops.registry.migrant.MigrantStatus.REGISTERED;
import static org.returnops.registry.migrant.MigrantStatus.WITHDRAWN;

/** The lifecycle table, pair by pair: every allowed change, and every other one refused. */
class MigrantStatusTest {

    private static final Map<MigrantStatus, Set<MigrantStatus>> ALLOWED = Map.of(
            REGISTERED, EnumSet.of(CLEARANCE_PENDING, WITHDRAWN),
            CLEARANCE_PENDING, EnumSet.of(CLEARED, CLEARANCE_DENIED, WITHDRAWN),
            CLEARED, EnumSet.of(ASSIGNED, CLEARANCE_PENDING, WITHDRAWN),
            ASSIGNED, EnumSet.of(IN_TRANSIT, CLEARED, CLEARANCE_PENDING, WITHDRAWN, NO_SHOW),
            IN_TRANSIT, EnumSet.of(ARRIVED, NO_SHOW),
            ARRIVED, EnumSet.noneOf(MigrantStatus.class),
            WITHDRAWN, EnumSet.noneOf(MigrantStatus.class),
            CLEARANCE_DENIED, EnumSet.of(CLEARANCE_PENDING, WITHDRAWN),
            NO_SHOW, EnumSet.of(ASSIGNED, CLEARANCE_PENDING, WITHDRAWN));

    @Test
    void everyPairIsAllowedExactlyWhenTheTableSaysSo() {
        for (MigrantStatus from : MigrantStatus.values()) {
            for (MigrantStatus to : MigrantStatus.values()) {
                assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void theExitsAreFinalAndNothingLeadsBackToRegistered() {
        assertThat(EnumSet.allOf(MigrantStatus.class).stream().filter(MigrantStatus::isFinal))
                .containsExactlyInAnyOrder(ARRIVED, WITHDRAWN);
        for (MigrantStatus from : MigrantStatus.values()) {
            assertThat(from.canBecome(REGISTERED)).isFalse();
            assertThat(from.canBecome(from)).isFalse();
        }
    }

    @Test
    void nobodyWithdrawsOnceOnTheRoad() {
        assertThat(IN_TRANSIT.canBecome(WITHDRAWN)).isFalse();
        assertThat(new IllegalTransition(IN_TRANSIT, WITHDRAWN).getMessage())
                .isEqualTo("A person cannot go from IN_TRANSIT to WITHDRAWN; from IN_TRANSIT the next status can be "
                        + "[ARRIVED, NO_SHOW].");
    }
}
