package org.returnops.registry.migrant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.returnops.messaging.persistence.IdentifiedEntity;

import java.time.Instant;
import java.util.UUID;

/** One entry of a person's status history. */
@Entity
public class StatusChange extends IdentifiedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_id")
    @SequenceGenerator(name = "status_change_id", sequenceName = "status_change_id_seq", allocationSize = 50)
    public Long id;

    public UUID migrantId;

    @Enumerated(EnumType.STRING)
    public MigrantStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public MigrantStatus toStatus;

    public Instant changedAt;

    /** Who or what caused it: {@code user:<client id>} or {@code event:<event id>}. */
    public String cause;

    public String reason;

    @Override
    protected Object identity() {
        return id;
    }
}
