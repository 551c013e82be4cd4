package org.returnops.registry.migrant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.returnops.registry.duplicate.PersonKeys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A person registered for return. */
@Entity
@Table(name = "migrant")
public class Migrant {

    @Id
    public UUID id;

    @Column(name = "site_code", nullable = false, length = 32)
    public String siteCode;

    @Column(name = "family_name_latin", length = 100)
    public String familyNameLatin;

    @Column(name = "given_name_latin", length = 100)
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

    /** E.164, e.g. +992935551234. */
    @Column(length = 20)
    public String phone;

    /** When informed consent to return was given; null until it is. */
    @Column(name = "consent_at")
    public Instant consentAt;

    @Column(name = "consent_taken_by", length = 100)
    public String consentTakenBy;

    /** The language the information was given in (BCP 47, e.g. tg, ru, uz). */
    @Column(name = "consent_language", length = 35)
    public String consentLanguage;

    @OneToMany(mappedBy = "migrant", cascade = CascadeType.ALL, orphanRemoval = true)
    public Set<MigrantDocument> documents = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "migrant_vulnerability", joinColumns = @JoinColumn(name = "migrant_id"))
    @Column(name = "vulnerability", length = 40)
    @Enumerated(EnumType.STRING)
    public Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);

    @ElementCollection
    @CollectionTable(name = "migrant_seat_need", joinColumns = @JoinColumn(name = "migrant_id"))
    @Column(name = "seat_need", length = 40)
    @Enumerated(EnumType.STRING)
    public Set<SeatNeed> seatNeeds = EnumSet.noneOf(SeatNeed.class);

    /** The household the person travels with; null when travelling alone. */
    @Column(name = "household_id")
    public UUID householdId;

    /** Names in both scripts, folded for search in either. */
    @Column(name = "search_text", nullable = false, length = 1000)
    public String searchText;

    /** Phonetic keys of the family and given name per script (null without a name in it), for likely duplicates. */
    @Column(name = "family_key_latin", length = 200)
    public String familyKeyLatin;

    @Column(name = "given_key_latin", length = 200)
    public String givenKeyLatin;

    @Column(name = "family_key_cyrillic", length = 200)
    public String familyKeyCyrillic;

    @Column(name = "given_key_cyrillic", length = 200)
    public String givenKeyCyrillic;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public MigrantStatus status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    public void setNameKeys(PersonKeys keys) {
        familyKeyLatin = keys.familyLatin();
        givenKeyLatin = keys.givenLatin();
        familyKeyCyrillic = keys.familyCyrillic();
        givenKeyCyrillic = keys.givenCyrillic();
    }

    public PersonKeys nameKeys() {
        return new PersonKeys(familyKeyLatin, givenKeyLatin, familyKeyCyrillic, givenKeyCyrillic);
    }

    public boolean consentGiven() {
        return consentAt != null;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /**
     * The vulnerabilities recorded and those that follow from age: 65 or older is elderly; under 18 with
     * no adult registered in the household is an unaccompanied child.
     *
     * @param adultInHousehold whether an adult is registered in the person's household
     */
    public Set<Vulnerability> effectiveVulnerabilities(LocalDate today, boolean adultInHousehold) {
        Set<Vulnerability> effective = vulnerabilities.isEmpty() ? EnumSet.noneOf(Vulnerability.class)
                : EnumSet.copyOf(vulnerabilities);
        int age = ageOn(today);
        if (age >= 65) {
            effective.add(Vulnerability.ELDERLY);
        }
        if (age < 18 && !adultInHousehold) {
            effective.add(Vulnerability.UNACCOMPANIED_CHILD);
        }
        return effective;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Migrant migrant && id != null && id.equals(migrant.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
