package org.returnops.transport.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.transport.convoy.ConvoyStatus;

import java.time.Instant;
import java.util.UUID;

import static org.returnops.platform.security.SmallCounts.shown;

/**
 * How many people one convoy took: seated on its manifest, boarded, arrived, and no-shows (at boarding or on
 * arrival). For the observer a count under 5 is null (suppressed), so no small group can be singled out.
 */
@Schema(name = "ConvoyStatistics")
public record ConvoyStatisticsView(UUID convoyId, String routeCode, ConvoyStatus status, Instant plannedDeparture,
        Long seated, Long boarded, Long arrived, Long noShows) {

    public ConvoyStatisticsView forObserver() {
        return new ConvoyStatisticsView(convoyId, routeCode, status, plannedDeparture, shown(seated), shown(boarded),
                shown(arrived), shown(noShows));
    }
}
