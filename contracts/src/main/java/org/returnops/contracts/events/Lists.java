package org.returnops.contracts.events;

import java.util.List;

/** Keeps the promise that an event's collections are never null and never change after construction. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
