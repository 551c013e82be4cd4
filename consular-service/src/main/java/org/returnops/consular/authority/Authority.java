package org.returnops.consular.authority;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.returnops.messaging.reference.ReferenceEntity;

/** A state authority that decides one kind of clearance for the people on the route. */
@Entity
public class Authority extends ReferenceEntity {

    public String country;

    @Enumerated(EnumType.STRING)
    public ClearanceType clearance;

    /** The partner role whose members decide for this authority. */
    public String partnerRole;
}
