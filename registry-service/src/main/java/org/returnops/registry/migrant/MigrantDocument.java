package org.returnops.registry.migrant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.returnops.messaging.persistence.UuidEntity;

import java.time.LocalDate;

/** One identity document of a person; a document (type, number, issuing state) belongs to one person. */
@Entity
@Table(name = "identity_document")
public class MigrantDocument extends UuidEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "migrant_id")
    public Migrant migrant;

    @Enumerated(EnumType.STRING)
    public DocumentType type;

    public String number;

    public String issuingState;

    public LocalDate expiresOn;
}
