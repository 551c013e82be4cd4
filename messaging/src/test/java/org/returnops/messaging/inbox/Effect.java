package org.returnops.messaging.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** One row per event the test application applied: what a duplicate or a rolled-back neighbour would show. */
@Entity
@Table(name = "effect")
public class Effect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id")
    public String eventId;

    public String subject;

    public String note;

    public String topic;

    @Override
    public boolean equals(Object other) {
        return other instanceof Effect effect && seq != null && Objects.equals(seq, effect.seq);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(seq);
    }
}
