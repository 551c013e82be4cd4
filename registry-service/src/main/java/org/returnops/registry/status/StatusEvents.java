package org.returnops.registry.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.returnops.contracts.EventType;
import org.returnops.contracts.events.ClearanceCaseOpened;
import org.returnops.contracts.events.ClearanceCaseReopened;
import org.returnops.contracts.events.ClearanceDenied;
import org.returnops.contracts.events.ConvoyDeparted;
import org.returnops.contracts.events.MigrantArrived;
import org.returnops.contracts.events.MigrantAssigned;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.contracts.events.MigrantNoShow;
import org.returnops.contracts.events.MigrantUnassigned;
import org.returnops.messaging.inbox.DeliveredEvent;
import org.returnops.messaging.inbox.EventHandlerTable;
import org.returnops.messaging.inbox.EventHandlers;
import org.returnops.messaging.inbox.PoisonEvent;
import org.returnops.registry.migrant.MigrantService;
import org.returnops.registry.migrant.MigrantStatus;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moves a person's status when the consular or transport service announces a step. Applied once per
 * event (the inbox); a step the person's status no longer allows (they withdrew meanwhile) is logged
 * and skipped, and an event about a person the registry does not know goes to the dead-letter topic.
 */
@ApplicationScoped
public class StatusEvents implements EventHandlerTable {

    private static final Logger LOG = Logger.getLogger(StatusEvents.class);

    @Inject MigrantService migrants;

    @Override
    public void declare(EventHandlers handlers) {
        handlers.on(EventType.CLEARANCE_CASE_OPENED, ClearanceCaseOpened.class, this::caseOpened)
                .on(EventType.CLEARANCE_CASE_REOPENED, ClearanceCaseReopened.class, this::caseReopened)
                .on(EventType.MIGRANT_CLEARED, MigrantCleared.class, this::cleared)
                .on(EventType.CLEARANCE_DENIED, ClearanceDenied.class, this::denied)
                .on(EventType.MIGRANT_ASSIGNED, MigrantAssigned.class, this::assigned)
                .on(EventType.MIGRANT_UNASSIGNED, MigrantUnassigned.class, this::unassigned)
                .on(EventType.CONVOY_DEPARTED, ConvoyDeparted.class, this::departed)
                .on(EventType.MIGRANT_ARRIVED, MigrantArrived.class, this::arrived)
                .on(EventType.MIGRANT_NO_SHOW, MigrantNoShow.class, this::noShow);
    }

    void caseOpened(ClearanceCaseOpened data, DeliveredEvent event) {
        follow(data.migrantId(), MigrantStatus.CLEARANCE_PENDING, event, "clearance requested: "
                + data.clearances().stream().map(c -> c.clearanceType() + " from " + c.authorityCode())
                        .collect(Collectors.joining(", ")), data.openedAt());
    }

    void caseReopened(ClearanceCaseReopened data, DeliveredEvent event) {
        follow(data.migrantId(), MigrantStatus.CLEARANCE_PENDING, event, "clearance requested: "
                + data.clearanceType() + " from " + data.authorityCode() + " (" + data.cause() + ")", data.reopenedAt());
    }

    void cleared(MigrantCleared data, DeliveredEvent event) {
        follow(data.migrantId(), MigrantStatus.CLEARED, event, "every clearance granted", data.clearedAt());
    }

    void denied(ClearanceDenied data, DeliveredEvent event) {
        follow(data.migrantId(), MigrantStatus.CLEARANCE_DENIED, event, data.authorityCode() + " denied "
                + data.clearanceType() + ": " + data.reason(), data.deniedAt());
    }

    void assigned(MigrantAssigned data, DeliveredEvent event) {
        follow(data.migrantId(), MigrantStatus.ASSIGNED, event, "seat " + data.seat() + " in vehicle "
                + data.vehicleId() + " of convoy " + data.convoyId(), data.assignedAt());
    }

    /** A seat given back: an ASSIGNED person is CLEARED again (a withdrawn one stays withdrawn). */
    void unassigned(MigrantUnassigned data, DeliveredEvent event) {
        follow(data.migrantId(), MigrantStatus.CLEARED, event, "seat in vehicle " + data.vehicleId()
                + " of convoy " + data.convoyId() + " given up: " + data.reason(), data.unassignedAt());
    }

    /** Everyone who boarded is IN_TRANSIT. */
    void departed(ConvoyDeparted data, DeliveredEvent event) {
        for (UUID migrantId : data.boardedMigrantIds()) {
            follow(migrantId, MigrantStatus.IN_TRANSIT, event, "departed with convoy " + data.convoyId(),
                    data.departedAt());
        }
    }

    void arrived(MigrantArrived data, DeliveredEvent event) {
        follow(data.migrantId(), MigrantStatus.ARRIVED, event, "received by " + data.receivedBy(), data.arrivedAt());
    }

    void noShow(MigrantNoShow data, DeliveredEvent event) {
        follow(data.migrantId(), MigrantStatus.NO_SHOW, event, "no-show at " + data.stage()
                + (data.reason() == null ? "" : ": " + data.reason()), data.recordedAt());
    }

    private void follow(UUID migrantId, MigrantStatus to, DeliveredEvent event, String reason, Instant at) {
        boolean applied = migrants.follow(migrantId, to, event.id(), reason, at)
                .orElseThrow(() -> new PoisonEvent(event.type() + " names person " + migrantId
                        + ", who is not registered"));
        if (!applied) {
            LOG.infof("%s %s for %s not applied: the status no longer allows %s", event.type(), event.id(),
                    migrantId, to);
        }
    }
}
