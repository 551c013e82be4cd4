package org.returnops.transport.crossing;

import jakarta.persistence.Entity;
import org.returnops.messaging.reference.ReferenceEntity;

import java.time.Instant;

/**
 * A border crossing: the pair of posts on each side of a border that a convoy passes in one go, such
 * as Zhibek Zholy (Kazakhstan) and Gisht Kuprik (Uzbekistan). Reference data, not code.
 */
@Entity
public class Crossing extends ReferenceEntity {

    public String exitCountry;

    public String exitPost;

    public String entryCountry;

    public String entryPost;

    public String road;

    /** When it was retired: no new convoy or route may use it; null while in use. */
    public Instant retiredAt;
}
