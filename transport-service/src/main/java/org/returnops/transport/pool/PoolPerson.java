package org.returnops.transport.pool;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.returnops.messaging.persistence.IdentifiedEntity;
import org.returnops.transport.manifest.Passenger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What transport knows of a person from the registry's and consular's events, which may arrive in any order:
 * a clearance can be known before the registration. Eligible for a manifest when registered with consent,
 * cleared, not denied and not withdrawn.
 */
@Entity
public class PoolPerson extends IdentifiedEntity {

    @Id
    public UUID migrantId;

    public boolean registered;

    public UUID householdId;

    public String familyName;

    public String givenName;

    public String patronymic;

    public String sex;

    public LocalDate dateOfBirth;

    public String nationality;

    public String documentType;

    public String documentNumber;

    public String vulnerabilities = "";

    public String seatNeeds = "";

    public String destinationRegion;

    public boolean consentGiven;

    public boolean cleared;

    public Instant clearedAt;

    public Instant validUntil;

    public boolean denied;

    public boolean withdrawn;

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
    protected Object identity() {
        return migrantId;
    }
}
