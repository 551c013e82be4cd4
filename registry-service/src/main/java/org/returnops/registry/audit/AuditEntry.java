package org.returnops.registry.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One read of personal data: who, what, when (IOM data protection: every read by a partner is audited). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 200)
    public String actor;

    /** READ, SEARCH or EXPORT. */
    @Column(nullable = false, length = 20)
    public String action;

    @Column(length = 200)
    public String subject;

    @Column(length = 2000)
    public String detail;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AuditEntry entry && id != null && id.equals(entry.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
