package org.returnops.transport.convoy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;
import org.returnops.transport.manifest.ManifestEntry;
import org.returnops.transport.manifest.ManifestEntryRepository;
import org.returnops.transport.pool.PoolPerson;
import org.returnops.transport.pool.PoolRepository;
import org.returnops.transport.vehicle.VehicleRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Counting the people of a convoy: who is expected aboard each vehicle, a count checked against them (a number,
 * or seat or document numbers one by one, which names who is missing), and each vehicle's last count.
 */
@ApplicationScoped
public class Headcounts {

    @Inject ManifestEntryRepository entries;
    @Inject CheckpointRepository checkpoints;
    @Inject VehicleRepository vehicles;
    @Inject PoolRepository pool;

    /**
     * Fills the checkpoint with the count of every vehicle of the convoy against the people aboard it (boarded,
     * except those named in {@code notExpected}); refuses a count that misses a vehicle or names a seat or document
     * of nobody aboard.
     */
    public void count(Convoy convoy, Checkpoint checkpoint, List<CheckpointRequest.Count> counts,
            Set<UUID> notExpected) {
        Map<UUID, List<ManifestEntry>> aboard = new HashMap<>();
        for (ManifestEntry entry : entries.ofConvoy(convoy.id)) {
            if (entry.status == ManifestEntry.Status.BOARDED && !notExpected.contains(entry.migrantId())) {
                aboard.computeIfAbsent(entry.vehicleId, v -> new ArrayList<>()).add(entry);
            }
        }
        Map<UUID, CheckpointRequest.Count> byVehicle = new LinkedHashMap<>();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            CheckpointRequest.Count count = counts.get(i);
            String field = "headcounts[" + i + "]";
            if (convoy.vehicle(count.vehicleId()) == null) {
                violations.add(new Problem.Violation(field + ".vehicleId", "must be a vehicle of the convoy"));
            } else if (byVehicle.put(count.vehicleId(), count) != null) {
                violations.add(new Problem.Violation(field + ".vehicleId", "must not repeat a vehicle"));
            } else if (count.ways() != 1) {
                violations.add(new Problem.Violation(field, "must give exactly one of counted, seats or documents"));
            }
        }
        for (ConvoyVehicle member : convoy.vehicles) {
            if (!byVehicle.containsKey(member.vehicleId()) && violations.isEmpty()) {
                violations.add(new Problem.Violation("headcounts", "must count every vehicle of the convoy; "
                        + plate(member.vehicleId()) + " is missing"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        int index = 0;
        for (CheckpointRequest.Count count : byVehicle.values()) {
            List<ManifestEntry> expected = aboard.getOrDefault(count.vehicleId(), List.of());
            CheckpointCount row = new CheckpointCount();
            row.key = new CheckpointCount.Key(checkpoint.id, count.vehicleId());
            row.expected = expected.size();
            if (count.counted() != null) {
                row.counted = count.counted();
            } else {
                Set<UUID> found = count.seats() != null ? bySeat(expected, count.seats(), index, violations)
                        : byDocument(expected, count.documents(), index, violations);
                row.counted = found.size();
                expected.stream().map(ManifestEntry::migrantId).filter(m -> !found.contains(m))
                        .forEach(checkpoint.missing::add);
            }
            checkpoint.counts.add(row);
            index++;
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
    }

    /** Boarded people per vehicle (those who have not arrived or gone missing yet). */
    public Map<UUID, Integer> aboard(UUID convoyId) {
        Map<UUID, Integer> aboard = new HashMap<>();
        for (ManifestEntry entry : entries.ofConvoy(convoyId)) {
            if (entry.status == ManifestEntry.Status.BOARDED) {
                aboard.merge(entry.vehicleId, 1, Integer::sum);
            }
        }
        return aboard;
    }

    /** Each vehicle's last count (at a crossing or the hand-over) against the number now expected aboard it. */
    public List<ConvoyView.Mismatch> lastCounts(Convoy convoy, Map<UUID, Integer> expected) {
        Map<UUID, ConvoyView.Mismatch> last = new LinkedHashMap<>();
        for (Checkpoint checkpoint : checkpoints.ofConvoy(convoy.id)) {
            for (CheckpointCount count : checkpoint.counts) {
                UUID vehicleId = count.key.vehicleId();
                last.put(vehicleId, new ConvoyView.Mismatch(vehicleId, plate(vehicleId), checkpoint.place(),
                        expected.getOrDefault(vehicleId, 0), count.counted));
            }
        }
        return List.copyOf(last.values());
    }

    public CheckpointView view(Checkpoint checkpoint) {
        Map<UUID, ManifestEntry> seats = new HashMap<>();
        Map<UUID, PoolPerson> people = new HashMap<>();
        if (!checkpoint.missing.isEmpty()) {
            entries.ofConvoy(checkpoint.convoyId).forEach(e -> seats.put(e.migrantId(), e));
            pool.list("migrantId in ?1", List.copyOf(checkpoint.missing)).forEach(p -> people.put(p.migrantId, p));
        }
        List<CheckpointView.Count> counts = checkpoint.counts.stream().map(c -> {
            List<CheckpointView.Missing> missing = checkpoint.missing.stream()
                    .filter(m -> seats.get(m).vehicleId.equals(c.key.vehicleId()))
                    .map(m -> missing(seats.get(m), people.get(m)))
                    .sorted(Comparator.comparingInt(CheckpointView.Missing::seat)).toList();
            return new CheckpointView.Count(c.key.vehicleId(), plate(c.key.vehicleId()), c.expected, c.counted,
                    c.expected == c.counted, missing);
        }).toList();
        return new CheckpointView(checkpoint.id, checkpoint.convoyId, checkpoint.kind.name(), checkpoint.crossingCode,
                checkpoint.passedAt, counts, (int) counts.stream().filter(c -> !c.matches()).count());
    }

    public String plate(UUID vehicleId) {
        return vehicles.findById(vehicleId).plate;
    }

    private static CheckpointView.Missing missing(ManifestEntry entry, PoolPerson person) {
        return new CheckpointView.Missing(entry.migrantId(), entry.seat, person == null ? null : person.familyName,
                person == null ? null : person.givenName, person == null ? null : person.documentNumber);
    }

    private static Set<UUID> bySeat(List<ManifestEntry> expected, List<Integer> seats, int index,
            List<Problem.Violation> violations) {
        Map<Integer, UUID> bySeat = new HashMap<>();
        expected.forEach(e -> bySeat.put(e.seat, e.migrantId()));
        Set<UUID> found = new HashSet<>();
        for (int j = 0; j < seats.size(); j++) {
            UUID person = bySeat.get(seats.get(j));
            if (person == null) {
                violations.add(new Problem.Violation("headcounts[" + index + "].seats[" + j + "]",
                        "must be the seat of a person aboard the vehicle"));
            } else if (!found.add(person)) {
                violations.add(new Problem.Violation("headcounts[" + index + "].seats[" + j + "]",
                        "must not repeat a seat"));
            }
        }
        return found;
    }

    private Set<UUID> byDocument(List<ManifestEntry> expected, List<String> documents, int index,
            List<Problem.Violation> violations) {
        Map<String, UUID> byDocument = new HashMap<>();
        if (!expected.isEmpty()) {
            pool.list("migrantId in ?1", expected.stream().map(ManifestEntry::migrantId).toList()).stream()
                    .filter(p -> p.documentNumber != null)
                    .forEach(p -> byDocument.put(p.documentNumber.strip().toUpperCase(Locale.ROOT), p.migrantId));
        }
        Set<UUID> found = new HashSet<>();
        for (int j = 0; j < documents.size(); j++) {
            UUID person = byDocument.get(documents.get(j).strip().toUpperCase(Locale.ROOT));
            if (person == null) {
                violations.add(new Problem.Violation("headcounts[" + index + "].documents[" + j + "]",
                        "must be the document of a person aboard the vehicle"));
            } else if (!found.add(person)) {
                violations.add(new Problem.Violation("headcounts[" + index + "].documents[" + j + "]",
                        "must not repeat a document"));
            }
        }
        return found;
    }
}
