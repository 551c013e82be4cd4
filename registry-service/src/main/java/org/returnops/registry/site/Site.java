package org.returnops.registry.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A staging site: where stranded people are found, registered and wait for their convoy. */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @Column(length = 32)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 3)
    public String country;

    @Column(length = 200)
    public String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public SiteKind kind;

    public Integer capacity;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Site site && code != null && code.equals(site.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
