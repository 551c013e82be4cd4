package org.returnops.consular.clearancecase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One step in a case's life: opened, requested, decided, cleared, denied, cancelled. */
@Entity
@Table(name = "case_history")
public class CaseHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 64)
    public String what;

    @Column(length = 500)
    public String detail;

    /** {@code event:<id>}, {@code user:<caller>} or {@code system}. */
    @Column(nullable = false, length = 200)
    public String cause;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CaseHistory entry && id != null && id.equals(entry.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
