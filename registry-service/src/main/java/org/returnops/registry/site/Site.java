package org.returnops.registry.site;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.returnops.messaging.reference.ReferenceEntity;

/** A staging site: where stranded people are found, registered and wait for their convoy. */
@Entity
public class Site extends ReferenceEntity {

    public String country;

    public String region;

    @Enumerated(EnumType.STRING)
    public SiteKind kind;

    public Integer capacity;
}
