package org.returnops.transport.convoy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.transport.manifest.ManifestEntry;
import org.returnops.transport.manifest.ManifestEntryRepository;
import org.returnops.transport.route.Route;
import org.returnops.transport.route.RouteRepository;
import org.returnops.transport.vehicle.Vehicle;
import org.returnops.transport.vehicle.VehicleRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A convoy as the API shows it: vehicles with their counts, open headcount mismatches and the timeline. */
@ApplicationScoped
public class ConvoyViews {

    @Inject ManifestEntryRepository entries;
    @Inject VehicleRepository vehicles;
    @Inject RouteRepository routes;
    @Inject Headcounts headcounts;
    @Inject Timeline timeline;

    public ConvoyView view(Convoy convoy) {
        List<ManifestEntry> manifest = entries.ofConvoy(convoy.id);
        Map<UUID, int[]> counts = new HashMap<>();
        for (ManifestEntry entry : manifest) {
            int[] count = counts.computeIfAbsent(entry.vehicleId, v -> new int[2]);
            if (entry.status != ManifestEntry.Status.NO_SHOW) {
                count[0]++;
            }
            if (entry.status == ManifestEntry.Status.BOARDED || entry.status == ManifestEntry.Status.ARRIVED) {
                count[1]++;
            }
        }
        List<ConvoyView.VehicleView> vehicleViews = convoy.vehicles.stream().map(member -> {
            Vehicle vehicle = vehicles.findById(member.vehicleId());
            int[] count = counts.getOrDefault(member.vehicleId(), new int[2]);
            return new ConvoyView.VehicleView(vehicle.id, vehicle.plate, vehicle.seats, vehicle.accessibleSeats,
                    member.escort, count[0], count[1]);
        }).toList();
        List<ConvoyView.Mismatch> open = convoy.status == ConvoyStatus.DEPARTED
                ? headcounts.lastCounts(convoy, headcounts.aboard(convoy.id)).stream()
                        .filter(m -> m.expected() != m.counted()).toList()
                : List.of();
        Route route = routes.findById(convoy.routeCode);
        return new ConvoyView(convoy.id, convoy.routeCode, route.destination, convoy.plannedDeparture, convoy.status,
                convoy.escortLead, vehicleViews,
                vehicleViews.stream().mapToInt(ConvoyView.VehicleView::assigned).sum(),
                vehicleViews.stream().mapToInt(ConvoyView.VehicleView::boarded).sum(), open, convoy.departedAt,
                convoy.arrivedAt, convoy.receivedBy, convoy.version,
                timeline.of(convoy.id).stream().map(e -> new ConvoyView.Event(e.at, e.kind, e.detail)).toList(),
                convoy.createdAt);
    }
}
