package org.returnops.transport.crossing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.returnops.messaging.reference.ReferenceEntity;

import java.time.Instant;

/**
 * A border crossing: the pair of posts on each side of a border that a convoy passes in one go, such
 * as Zhibek Zholy (Kazakhstan) and Gisht Kuprik (Uzbekistan). Reference data, not code.
 */
@Entity
@Table(name = "crossing")
public class Crossing extends ReferenceEntity {

    @Column(name = "exit_country", nullable = false, length = 3)
    public String exitCountry;

    @Column(name = "exit_post", nullable = false, length = 100)
    public String exitPost;

    @Column(name = "entry_country", nullable = false, length = 3)
    public String entryCountry;

    @Column(name = "entry_post", nullable = false, length = 100)
    public String entryPost;

    @Column(length = 200)
    public String road;

    /** When it was retired: no new convoy or route may use it; null while in use. */
    @Column(name = "retired_at")
    public Instant retiredAt;
}
