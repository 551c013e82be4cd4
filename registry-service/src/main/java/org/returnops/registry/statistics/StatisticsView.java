package org.returnops.registry.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Counts for observers and reports: no names, no ids, nothing that identifies a person. */
@Schema(name = "Statistics")
public record StatisticsView(long total, Map<String, Long> byStatus, Map<String, Long> byVulnerability,
        Map<String, Long> bySite, Map<String, Long> byDestinationRegion) {
}
