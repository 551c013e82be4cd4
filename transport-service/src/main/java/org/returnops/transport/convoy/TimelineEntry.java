package org.returnops.transport.convoy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One thing that happened to a convoy: a status change, a checkpoint, a mismatch, a late withdrawal. */
@Entity
@Table(name = "convoy_timeline")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "convoy_id", nullable = false)
    public UUID convoyId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 40)
    public String kind;

    @Column(nullable = false, length = 1000)
    public String detail;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TimelineEntry entry && id != null && id.equals(entry.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
