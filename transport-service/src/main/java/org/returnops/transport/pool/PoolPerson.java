package org.returnops.transport.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.returnops.transport.manifest.Passenger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What transport knows of a person from the registry's and consular's events, which may arrive in any order:
 * a clearance can be known before the registration. Eligible for a manifest when registered with consent,
 * cleared, not denied and not withdrawn.
 */
@Entity
@Table(name = "pool_person")
public class PoolPerson {

    @Id
    @Column(name = "migrant_id")
    public UUID migrantId;

    @Column(nullable = false)
    public boolean registered;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "family_name", length = 200)
    public String familyName;

    @Column(name = "given_name", length = 200)
    public String givenName;

    @Column(length = 200)
    public String patronymic;

    @Column(length = 1)
    public String sex;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(length = 3)
    public String nationality;

    @Column(name = "document_type", length = 30)
    public String documentType;

    @Column(name = "document_number", length = 50)
    public String documentNumber;

    @Column(nullable = false, length = 500)
    public String vulnerabilities = "";

    @Column(name = "seat_needs", nullable = false, length = 200)
    public String seatNeeds = "";

    @Column(name = "destination_region", length = 100)
    public String destinationRegion;

    @Column(name = "consent_given", nullable = false)
    public boolean consentGiven;

    @Column(nullable = false)
    public boolean cleared;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(nullable = false)
    public boolean denied;

    @Column(nullable = false)
    public boolean withdrawn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean eligible() {
        return registered && consentGiven && cleared && !denied && !withdrawn;
    }

    public Set<String> vulnerabilitySet() {
        return split(vulnerabilities);
    }

    public Set<String> seatNeedSet() {
        return split(seatNeeds);
    }

    static String join(Collection<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String codes) {
        return codes.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(codes.split(",")));
    }

    public Passenger toPassenger() {
        return new Passenger(migrantId, householdId, vulnerabilitySet(), seatNeedSet(), dateOfBirth, eligible(),
                clearedAt, validUntil);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PoolPerson person && migrantId != null
                && migrantId.equals(person.migrantId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(migrantId);
    }
}
