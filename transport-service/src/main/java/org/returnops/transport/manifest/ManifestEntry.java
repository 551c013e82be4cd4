package org.returnops.transport.manifest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One person's seat on a convoy's manifest, and what became of them. */
@Entity
@Table(name = "manifest_entry")
public class ManifestEntry {

    @EmbeddedId
    public Key key;

    @Column(name = "vehicle_id", nullable = false)
    public UUID vehicleId;

    @Column(nullable = false)
    public int seat;

    @Column(name = "household_id")
    public UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "no_show_reason", length = 500)
    public String noShowReason;

    /** For a no-show: {@code BOARDING} (did not board) or {@code ARRIVAL} (boarded, missing on arrival). */
    @Column(name = "no_show_stage", length = 10)
    public String noShowStage;

    @Column(name = "assigned_at", nullable = false)
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
    public boolean equals(Object other) {
        return this == other || other instanceof ManifestEntry entry && key != null && key.equals(entry.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
