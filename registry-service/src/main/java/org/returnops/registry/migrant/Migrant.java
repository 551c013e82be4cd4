package org.returnops.registry.migrant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A person registered for return. */
@Entity
@Table(name = "migrant")
public class Migrant {

    @Id
    public UUID id;

    @Column(name = "site_code", nullable = false, length = 32)
    public String siteCode;

    @Column(name = "family_name_latin", nullable = false, length = 100)
    public String familyNameLatin;

    @Column(name = "given_name_latin", nullable = false, length = 100)
    public String givenNameLatin;

    @Column(name = "patronymic_latin", length = 100)
    public String patronymicLatin;

    @Column(name = "family_name_cyrillic", length = 100)
    public String familyNameCyrillic;

    @Column(name = "given_name_cyrillic", length = 100)
    public String givenNameCyrillic;

    @Column(name = "patronymic_cyrillic", length = 100)
    public String patronymicCyrillic;

    @Column(nullable = false, length = 1)
    public String sex;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Column(nullable = false, length = 3)
    public String nationality;

    @Column(name = "destination_region", length = 100)
    public String destinationRegion;

    @Column(name = "consent_given", nullable = false)
    public boolean consentGiven;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public MigrantStatus status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Migrant migrant && id != null && id.equals(migrant.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
