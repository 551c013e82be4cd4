package org.returnops.messaging.persistence;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Entities are equal as rows are: same class, same key; an unsaved one only to itself. */
class IdentifiedEntityTest {

    static class Person extends UuidEntity {
    }

    static class Convoy extends UuidEntity {
    }

    static class Seat extends IdentifiedEntity {
        record Key(UUID convoyId, int number) {
        }

        Key key;

        @Override
        protected Object identity() {
            return key;
        }
    }

    @Test
    void twoCopiesOfOneRowAreEqualAndHashAlike() {
        UUID id = UUID.randomUUID();
        Person loaded = person(id);
        Person loadedAgain = person(id);

        assertThat(loaded).isEqualTo(loadedAgain).hasSameHashCodeAs(loadedAgain);
        assertThat(new HashSet<>(Set.of(loaded))).contains(loadedAgain);
        assertThat(loaded).isNotEqualTo(person(UUID.randomUUID()));
    }

    @Test
    void rowsOfTwoEntitiesWithTheSameKeyDiffer() {
        UUID id = UUID.randomUUID();
        Convoy convoy = new Convoy();
        convoy.id = id;

        assertThat(person(id)).isNotEqualTo(convoy);
    }

    @Test
    void anUnsavedEntityEqualsOnlyItself() {
        Person unsaved = new Person();

        assertThat(unsaved).isEqualTo(unsaved).isNotEqualTo(new Person()).isNotEqualTo(null);
    }

    @Test
    void aCompositeKeyComparesByItsParts() {
        UUID convoy = UUID.randomUUID();
        Seat first = seat(convoy, 3);

        assertThat(first).isEqualTo(seat(convoy, 3)).hasSameHashCodeAs(seat(convoy, 3));
        assertThat(first).isNotEqualTo(seat(convoy, 4));
    }

    private static Person person(UUID id) {
        Person person = new Person();
        person.id = id;
        return person;
    }

    private static Seat seat(UUID convoy, int number) {
        Seat seat = new Seat();
        seat.key = new Seat.Key(convoy, number);
        return seat;
    }
}
