package org.returnops.transport.convoy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.ConvoyRescheduled;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.time.StoredTime;
import org.returnops.transport.manifest.LeftOverReason;
import org.returnops.transport.manifest.ManifestEntry;
import org.returnops.transport.manifest.ManifestEntryRepository;
import org.returnops.transport.pool.PoolPerson;
import org.returnops.transport.pool.PoolRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Moving a planned or manifested convoy's departure. Every seated person's clearance is checked against the new
 * time with the packer's rule: whoever's clearance ends at or before it is taken off with their household
 * (migrant.unassigned.v1, CLEARANCE_NOT_VALID), and convoy.rescheduled.v1 lets consular re-check each grant
 * against the new departure as it does for a planned one.
 */
@ApplicationScoped
public class Rescheduling {

    @Inject ConvoyRepository convoys;
    @Inject ManifestEntryRepository entries;
    @Inject PoolRepository pool;
    @Inject ConvoyViews views;
    @Inject Timeline timeline;
    @Inject Outbox outbox;

    @Transactional
    public RescheduleView reschedule(UUID id, RescheduleRequest request) {
        Convoy convoy = convoys.get(id);
        if (convoy.status != ConvoyStatus.PLANNED && convoy.status != ConvoyStatus.MANIFESTED) {
            throw new IllegalConvoyTransition(convoy.status, "move its departure", "PLANNED or MANIFESTED");
        }
        Instant previous = convoy.plannedDeparture;
        Instant next = StoredTime.of(request.plannedDeparture());
        if (next.equals(previous)) {
            throw new InvalidRequest("plannedDeparture", "must differ from the departure planned now (" + previous
                    + ")");
        }
        convoy.plannedDeparture = next;
        List<ManifestEntry> manifest = entries.ofConvoy(id);
        Map<UUID, PoolPerson> people = new HashMap<>();
        if (!manifest.isEmpty()) {
            pool.list("migrantId in ?1", manifest.stream().map(ManifestEntry::migrantId).toList())
                    .forEach(p -> people.put(p.migrantId, p));
        }
        Set<UUID> lapsing = new HashSet<>();
        Set<UUID> households = new HashSet<>();
        for (ManifestEntry entry : manifest) {
            PoolPerson person = people.get(entry.migrantId());
            if (person == null || !person.toPassenger().validOn(next)) {
                lapsing.add(entry.migrantId());
                if (entry.householdId != null) {
                    households.add(entry.householdId);
                }
            }
        }
        List<RescheduleView.TakenOff> takenOff = new ArrayList<>();
        Instant now = StoredTime.now();
        for (ManifestEntry entry : manifest) {
            boolean own = lapsing.contains(entry.migrantId());
            if (!own && (entry.householdId == null || !households.contains(entry.householdId))) {
                continue;
            }
            PoolPerson person = people.get(entry.migrantId());
            String reason = (own ? LeftOverReason.CLEARANCE_ENDS_BEFORE_DEPARTURE
                    : LeftOverReason.HOUSEHOLD_NOT_ALL_ELIGIBLE).name();
            takenOff.add(new RescheduleView.TakenOff(entry.migrantId(), entry.householdId, reason,
                    person == null ? null : person.validUntil));
            entries.delete(entry);
            timeline.record(id, "MANIFEST_CHANGED", "person " + entry.migrantId() + " taken off (seat " + entry.seat
                    + "): " + reason + " for the new departure " + next);
        }
        timeline.record(id, "RESCHEDULED", "departure moved from " + previous + " to " + next + ": "
                + request.reason().strip() + "; " + takenOff.size() + " taken off");
        convoys.touch(convoy);
        List<Outbox.Pending> events = new ArrayList<>();
        for (RescheduleView.TakenOff off : takenOff) {
            UUID vehicleId = manifest.stream().filter(e -> e.migrantId().equals(off.migrantId())).findFirst()
                    .orElseThrow().vehicleId;
            events.add(new Outbox.Pending(new MigrantUnassigned(off.migrantId(), id, vehicleId, "CLEARANCE_NOT_VALID",
                    now), off.migrantId().toString()));
        }
        events.add(new Outbox.Pending(new ConvoyRescheduled(id, previous, next, request.reason().strip(), now),
                id.toString()));
        outbox.publishAll(events);
        return new RescheduleView(views.view(convoy), takenOff);
    }
}
