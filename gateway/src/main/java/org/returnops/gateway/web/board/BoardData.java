package org.returnops.gateway.web.board;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.contracts.Topics;
import org.returnops.gateway.web.ServiceClient;
import org.returnops.gateway.web.session.WebSession;
import org.returnops.platform.security.Roles;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Gathers the board from the services, as the logged-in person: registry statistics, each authority's
 * queue (its length and oldest request), and the convoys not yet closed with their vehicles.
 */
@ApplicationScoped
public class BoardData {

    private static final int CONVOYS_SHOWN = 20;

    @Inject ServiceClient services;

    public BoardView load(WebSession session, Locale locale) {
        boolean countsOnly = !session.hasRole(Roles.OPERATOR);
        boolean unavailable = false;
        ServiceClient.Reply stats = tryGet(session, locale, "/api/v1/statistics");
        unavailable |= stats == null || !stats.ok();
        JsonNode s = stats == null ? null : stats.body();
        List<BoardView.Count> bySite = counts(s, "bySite");
        List<BoardView.Count> byStatus = counts(s, "byStatus");
        long total = s == null ? 0 : s.path("total").asLong();

        List<BoardView.Pending> clearances = new ArrayList<>();
        if (!countsOnly) {
            for (String authority : Topics.AUTHORITIES) {
                ServiceClient.Reply queue = tryGet(session, locale, "/api/v1/authorities/" + authority + "/queue?size=1");
                if (queue == null || !queue.ok()) {
                    unavailable = true;
                    continue;
                }
                long pending = queue.header("X-Total-Count").map(Long::parseLong).orElse((long) queue.body().size());
                String wait = queue.body().size() == 0 ? "–"
                        : since(Instant.parse(queue.body().get(0).path("requestedAt").asText()));
                clearances.add(new BoardView.Pending(authority, pending, wait));
            }
        }

        List<BoardView.ConvoyLine> convoys = new ArrayList<>();
        Map<String, Long> convoysByStatus = new TreeMap<>();
        ServiceClient.Reply list = tryGet(session, locale, "/api/v1/convoys?size=200");
        if (list == null || !list.ok()) {
            unavailable = true;
        } else {
            for (JsonNode summary : list.body()) {
                String status = summary.path("status").asText();
                convoysByStatus.merge(status, 1L, Long::sum);
                if (!countsOnly && convoys.size() < CONVOYS_SHOWN && !"CLOSED".equals(status)
                        && !"CANCELLED".equals(status)) {
                    ServiceClient.Reply convoy = tryGet(session, locale, "/api/v1/convoys/" + summary.path("id").asText());
                    if (convoy != null && convoy.ok()) {
                        convoys.add(line(convoy.body()));
                    }
                }
            }
        }
        return new BoardView(countsOnly, total, bySite, byStatus, clearances, convoys,
                convoysByStatus.entrySet().stream().map(e -> new BoardView.Count(e.getKey(), e.getValue())).toList(),
                unavailable);
    }

    /** A convoy of the transport service as one line of the board. */
    public static BoardView.ConvoyLine line(JsonNode convoy) {
        Map<String, JsonNode> mismatches = new TreeMap<>();
        convoy.path("openMismatches").forEach(m -> mismatches.put(m.path("vehicleId").asText(), m));
        List<BoardView.VehicleLine> vehicles = new ArrayList<>();
        for (JsonNode v : convoy.path("vehicles")) {
            JsonNode m = mismatches.get(v.path("vehicleId").asText());
            int expected = v.path("boarded").asInt() > 0 ? v.path("boarded").asInt() : v.path("assigned").asInt();
            vehicles.add(new BoardView.VehicleLine(v.path("plate").asText(), m == null ? expected : m.path("expected").asInt(),
                    m == null ? null : m.path("counted").asInt(), m == null ? null : m.path("crossingCode").asText()));
        }
        int crossings = 0;
        for (JsonNode event : convoy.path("timeline")) {
            if ("CHECKPOINT".equals(event.path("kind").asText())) {
                crossings++;
            }
        }
        vehicles.sort(Comparator.comparing(BoardView.VehicleLine::plate));
        return new BoardView.ConvoyLine(UUID.fromString(convoy.path("id").asText()), convoy.path("routeCode").asText(),
                convoy.path("status").asText(), crossings, convoy.path("boardedCount").asInt(), vehicles);
    }

    private ServiceClient.Reply tryGet(WebSession session, Locale locale, String path) {
        try {
            return services.get(session, locale, path);
        } catch (ServiceClient.ServiceUnavailable e) {
            return null;
        }
    }

    private static List<BoardView.Count> counts(JsonNode stats, String field) {
        List<BoardView.Count> counts = new ArrayList<>();
        if (stats != null) {
            stats.path(field).fields().forEachRemaining(e -> counts.add(new BoardView.Count(e.getKey(), e.getValue().asLong())));
        }
        return counts;
    }

    private static String since(Instant requested) {
        Duration wait = Duration.between(requested, Instant.now());
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return String.format(Locale.ROOT, "%d:%02d h", wait.toHours(), wait.toMinutesPart());
    }
}
