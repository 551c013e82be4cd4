package org.returnops.consular.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A state authority that decides one kind of clearance for the people on the route. */
@Entity
@Table(name = "authority")
public class Authority {

    @Id
    @Column(length = 32)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 3)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ClearanceType clearance;

    /** The partner role whose members decide for this authority. */
    @Column(name = "partner_role", nullable = false, length = 32)
    public String partnerRole;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Authority authority && code != null && code.equals(authority.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
