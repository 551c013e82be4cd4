package org.returnops.platform.paging;

import java.util.List;

/** One page of a list and the number of all entries that match. */
public record Page<T>(List<T> items, long total) {
}
