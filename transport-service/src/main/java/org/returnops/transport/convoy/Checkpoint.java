package org.returnops.transport.convoy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A convoy passing a border crossing, with the headcount of each vehicle. */
@Entity
@Table(name = "checkpoint")
public class Checkpoint {

    @Id
    public UUID id;

    @Column(name = "convoy_id", nullable = false)
    public UUID convoyId;

    @Column(name = "crossing_code", nullable = false, length = 32)
    public String crossingCode;

    @Column(name = "passed_at", nullable = false)
    public Instant passedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "checkpoint_id", insertable = false, updatable = false)
    public List<CheckpointCount> counts = new ArrayList<>();

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Checkpoint checkpoint && id != null && id.equals(checkpoint.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
