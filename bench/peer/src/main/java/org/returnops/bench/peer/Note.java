package org.returnops.bench.peer;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One stored row per request: the least a registration could cost. */
@Entity
public class Note extends PanacheEntity {

    @Column(length = 2000)
    public String text;
}
