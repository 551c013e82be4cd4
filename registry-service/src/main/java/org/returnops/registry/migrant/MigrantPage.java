package org.returnops.registry.migrant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a search, with the total number of matches. */
@Schema(name = "MigrantPage")
public record MigrantPage(List<MigrantSummary> items, int page, int size, long total) {
}
