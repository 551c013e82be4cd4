package org.returnops.registry.migrant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One entry of a person's status history. */
@Entity
@Table(name = "status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_id")
    @SequenceGenerator(name = "status_change_id", sequenceName = "status_change_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "migrant_id", nullable = false)
    public UUID migrantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 32)
    public MigrantStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 32)
    public MigrantStatus toStatus;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Who or what caused it: {@code user:<client id>} or {@code event:<event id>}. */
    @Column(nullable = false, length = 200)
    public String cause;

    @Column(length = 500)
    public String reason;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StatusChange change && id != null && id.equals(change.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
