package org.returnops.consular.clearancecase;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.returnops.messaging.persistence.IdentifiedEntity;

import java.time.Instant;
import java.util.UUID;

/** One step in a case's life: opened, requested, decided, cleared, denied, cancelled. */
@Entity
public class CaseHistory extends IdentifiedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID caseId;

    public Instant at;

    public String what;

    public String detail;

    /** {@code event:<id>}, {@code user:<caller>} or {@code system}. */
    public String cause;

    @Override
    protected Object identity() {
        return id;
    }
}
