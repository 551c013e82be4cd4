package org.returnops.transport.convoy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.returnops.messaging.persistence.IdentifiedEntity;

import java.time.Instant;
import java.util.UUID;

/** One thing that happened to a convoy: a status change, a checkpoint, a mismatch, a late withdrawal. */
@Entity
@Table(name = "convoy_timeline")
public class TimelineEntry extends IdentifiedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID convoyId;

    public Instant at;

    public String kind;

    public String detail;

    @Override
    protected Object identity() {
        return id;
    }
}
