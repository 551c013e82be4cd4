package org.returnops.gateway.web.board;

import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.UUID;

/** What the operations board shows; for an observer only the counts (no clearances, no vehicles). */
@TemplateData
public record BoardView(boolean countsOnly, long total, List<Count> bySite, List<Count> byStatus,
        List<Pending> clearances, List<ConvoyLine> convoys, List<Count> convoysByStatus, boolean unavailable) {

    @TemplateData
    public record Count(String label, long count) {
    }

    /** An authority's pending clearances and how long the oldest has waited. */
    @TemplateData
    public record Pending(String authority, long pending, String longestWait) {
    }

    @TemplateData
    public record ConvoyLine(UUID id, String route, String status, int crossingsPassed, int aboard,
            List<VehicleLine> vehicles) {

        public boolean mismatch() {
            return vehicles.stream().anyMatch(VehicleLine::mismatch);
        }
    }

    /** A vehicle's headcount: expected aboard, and what the last checkpoint counted when it differs. */
    @TemplateData
    public record VehicleLine(String plate, int expected, Integer counted, String crossing) {

        public boolean mismatch() {
            return counted != null;
        }
    }
}
