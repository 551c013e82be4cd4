package org.returnops.registry.migrant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import org.returnops.messaging.persistence.UuidEntity;
import org.returnops.registry.duplicate.PersonKeys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A person registered for return. */
@Entity
public class Migrant extends UuidEntity {

    public String siteCode;

    public String familyNameLatin;

    public String givenNameLatin;

    public String patronymicLatin;

    public String familyNameCyrillic;

    public String givenNameCyrillic;

    public String patronymicCyrillic;

    public String sex;

    public LocalDate dateOfBirth;

    public String nationality;

    public String destinationRegion;

    /** E.164, e.g. +992935551234. */
    public String phone;

    /** When informed consent to return was given; null until it is. */
    public Instant consentAt;

    public String consentTakenBy;

    /** The language the information was given in (BCP 47, e.g. tg, ru, uz). */
    public String consentLanguage;

    @OneToMany(mappedBy = "migrant", cascade = CascadeType.ALL, orphanRemoval = true)
    public Set<MigrantDocument> documents = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "migrant_vulnerability", joinColumns = @JoinColumn(name = "migrant_id"))
    @Column(name = "vulnerability")
    @Enumerated(EnumType.STRING)
    public Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);

    @ElementCollection
    @CollectionTable(name = "migrant_seat_need", joinColumns = @JoinColumn(name = "migrant_id"))
    @Column(name = "seat_need")
    @Enumerated(EnumType.STRING)
    public Set<SeatNeed> seatNeeds = EnumSet.noneOf(SeatNeed.class);

    /** The household the person travels with; null when travelling alone. */
    public UUID householdId;

    /** Names in both scripts, folded for search in either. */
    public String searchText;

    /** Phonetic keys of the family and given name per script (null without a name in it), for likely duplicates. */
    public String familyKeyLatin;

    public String givenKeyLatin;

    public String familyKeyCyrillic;

    public String givenKeyCyrillic;

    @Version
    public long version;

    public Instant updatedAt;

    @Enumerated(EnumType.STRING)
    public MigrantStatus status;

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
}
