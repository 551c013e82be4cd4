package org.returnops.registry.migrant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of a search, with the total number of matches: exact, or, when more match than the registry counts
 * ({@code registry.search.count-limit}, 10,000), at least that many.
 */
@Schema(name = "MigrantPage")
public record MigrantPage(
        List<MigrantSummary> items,
        int page,
        int size,
        @Schema(description = "How many people match; when totalExact is false, at least this many (more match "
                + "than the registry counts, 10,000 by default: narrow the filters)") long total,
        @Schema(description = "Whether total is the exact number of matches (false: at least total match)")
        boolean totalExact) {
}
