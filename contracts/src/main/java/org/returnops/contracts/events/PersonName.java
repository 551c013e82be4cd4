package org.returnops.contracts.events;

import org.returnops.contracts.Nullable;

/** A person's name in one script, split the way Central Asian documents print it. */
public record PersonName(String family, String given, @Nullable String patronymic) {
}
