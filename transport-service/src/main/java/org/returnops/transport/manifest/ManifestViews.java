package org.returnops.transport.manifest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.transport.convoy.Convoy;
import org.returnops.transport.pool.PoolPerson;
import org.returnops.transport.pool.PoolRepository;
import org.returnops.transport.vehicle.VehicleRepository;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A convoy's manifest as the API shows it: per vehicle, seat by seat, with the people known from the pool. */
@ApplicationScoped
public class ManifestViews {

    @Inject ManifestEntryRepository entries;
    @Inject PoolRepository pool;
    @Inject VehicleRepository vehicles;

    public ManifestView view(Convoy convoy) {
        List<ManifestEntry> manifest = entries.ofConvoy(convoy.id);
        Map<UUID, PoolPerson> people = people(manifest);
        List<ManifestView.VehicleSeats> seats = convoy.vehicles.stream().map(member -> {
            org.returnops.transport.vehicle.Vehicle vehicle = vehicles.findById(member.vehicleId());
            List<ManifestView.Seat> passengers = manifest.stream()
                    .filter(e -> e.vehicleId.equals(vehicle.id))
                    .sorted(Comparator.comparingInt(e -> e.seat))
                    .map(e -> seat(e, vehicle, people.get(e.migrantId()))).toList();
            return new ManifestView.VehicleSeats(vehicle.id, vehicle.plate, vehicle.seats, vehicle.accessibleSeats,
                    member.escort, vehicle.seats - passengers.size(), passengers);
        }).toList();
        return new ManifestView(convoy.id, convoy.status, convoy.version, manifest.size(), seats);
    }

    /** The pool's record of each person on the manifest. */
    public Map<UUID, PoolPerson> people(List<ManifestEntry> manifest) {
        Map<UUID, PoolPerson> people = new HashMap<>();
        if (!manifest.isEmpty()) {
            pool.list("migrantId in ?1", manifest.stream().map(ManifestEntry::migrantId).toList())
                    .forEach(p -> people.put(p.migrantId, p));
        }
        return people;
    }

    public String plate(UUID vehicleId) {
        return Objects.requireNonNull(vehicles.findById(vehicleId)).plate;
    }

    private static ManifestView.Seat seat(ManifestEntry entry, org.returnops.transport.vehicle.Vehicle vehicle,
            PoolPerson person) {
        return new ManifestView.Seat(entry.seat, entry.seat <= vehicle.accessibleSeats, entry.migrantId(),
                entry.householdId, person.familyName, person.givenName, person.dateOfBirth, person.documentType,
                person.documentNumber, person.vulnerabilitySet().stream().sorted().toList(),
                person.seatNeedSet().stream().sorted().toList(), person.destinationRegion, entry.status);
    }
}
