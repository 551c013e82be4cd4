package org.returnops.registry.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.returnops.messaging.reference.ReferenceEntity;

/** A staging site: where stranded people are found, registered and wait for their convoy. */
@Entity
@Table(name = "site")
public class Site extends ReferenceEntity {

    @Column(nullable = false, length = 3)
    public String country;

    @Column(length = 200)
    public String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public SiteKind kind;

    public Integer capacity;
}
