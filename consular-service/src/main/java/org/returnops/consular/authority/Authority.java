package org.returnops.consular.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.returnops.messaging.reference.ReferenceEntity;

/** A state authority that decides one kind of clearance for the people on the route. */
@Entity
@Table(name = "authority")
public class Authority extends ReferenceEntity {

    @Column(nullable = false, length = 3)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ClearanceType clearance;

    /** The partner role whose members decide for this authority. */
    @Column(name = "partner_role", nullable = false, length = 32)
    public String partnerRole;
}
