package org.returnops.registry.migrant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One identity document of a person; a document (type, number, issuing state) belongs to one person. */
@Entity
@Table(name = "identity_document")
public class MigrantDocument {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "migrant_id")
    public Migrant migrant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DocumentType type;

    @Column(nullable = false, length = 40)
    public String number;

    @Column(name = "issuing_state", nullable = false, length = 3)
    public String issuingState;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MigrantDocument document && id != null && id.equals(document.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
