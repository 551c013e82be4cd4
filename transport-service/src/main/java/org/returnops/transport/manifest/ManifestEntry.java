package org.returnops.transport.manifest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.returnops.messaging.persistence.IdentifiedEntity;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One person's seat on a convoy's manifest, and what became of them. */
@Entity
public class ManifestEntry extends IdentifiedEntity {

    @EmbeddedId
    public Key key;

    public UUID vehicleId;

    public int seat;

    public UUID householdId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String noShowReason;

    /**
     * For a no-show, the stage of {@code migrant.no-show.v1}: {@code BOARDING} (did not board; the line stays on the
     * departed convoy's manifest and the person may be seated on a later one) or {@code ARRIVAL} (boarded, missing
     * on arrival).
     */
    public String noShowStage;

    public Instant assignedAt;

    public UUID migrantId() {
        return key.migrantId();
    }

    /** ASSIGNED until boarding; then BOARDED or NO_SHOW; a boarded person ends ARRIVED or NO_SHOW. */
    public enum Status {
        ASSIGNED,
        BOARDED,
        NO_SHOW,
        ARRIVED
    }

    @Embeddable
    public record Key(@Column(name = "convoy_id") UUID convoyId, @Column(name = "migrant_id") UUID migrantId)
            implements Serializable {
    }

    @Override
    protected Object identity() {
        return key;
    }
}
