package org.returnops.transport.convoy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import org.returnops.messaging.persistence.UuidEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A headcount of a convoy: at a border crossing of its route ({@link Kind#CROSSING}) or at the hand-over on
 * arrival ({@link Kind#HAND_OVER}, no crossing), with the count of each vehicle and, when people were counted one
 * by one, who was missing.
 */
@Entity
public class Checkpoint extends UuidEntity {

    public UUID convoyId;

    @Enumerated(EnumType.STRING)
    public Kind kind = Kind.CROSSING;

    public String crossingCode;

    public String recordedBy;

    public Instant passedAt;

    public Instant recordedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "checkpoint_id", insertable = false, updatable = false)
    public List<CheckpointCount> counts = new ArrayList<>();

    /** The people checked one by one and not found (per-person counts only). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checkpoint_missing", joinColumns = @JoinColumn(name = "checkpoint_id"))
    @Column(name = "migrant_id")
    public Set<UUID> missing = new HashSet<>();

    /** Where the count was taken: a crossing's code, or {@code HAND-OVER}. */
    public String place() {
        return kind == Kind.HAND_OVER ? "HAND-OVER" : crossingCode;
    }

    public enum Kind { CROSSING, HAND_OVER }
}
