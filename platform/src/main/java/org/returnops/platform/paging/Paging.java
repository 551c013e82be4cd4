package org.returnops.platform.paging;

/** A checked page request: page number from 0 and entries per page. */
public record Paging(int page, int size) {

    /** Entries before this page; fits an int because page and size are bounded. */
    public int offset() {
        return page * size;
    }
}
