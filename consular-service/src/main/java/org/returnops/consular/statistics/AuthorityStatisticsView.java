package org.returnops.consular.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import static org.returnops.platform.security.SmallCounts.shown;

/**
 * How one authority's clearances stand: counts by status and, for the operator, how long its decisions took from
 * request to decision (median and 90th percentile, in seconds; null without a decision). For the observer the
 * times are left out and a count under 5 is null (suppressed), so no small group can be singled out.
 */
@Schema(name = "AuthorityStatistics")
public record AuthorityStatisticsView(
        String authorityCode,
        Long pending,
        Long granted,
        Long denied,
        Double medianSecondsToDecide,
        Double p90SecondsToDecide) {

    /** The observer's view: counts only, small ones suppressed. */
    public AuthorityStatisticsView forObserver() {
        return new AuthorityStatisticsView(authorityCode, shown(pending), shown(granted), shown(denied), null, null);
    }
}
