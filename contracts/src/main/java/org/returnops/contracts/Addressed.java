package org.returnops.contracts;

/**
 * The data of an event that travels on one authority's own topic: the authority code picks the topic
 * ({@link Topics#forAuthority}), so a request or a refusal reaches that authority and no other.
 */
public interface Addressed {

    String authorityCode();
}
