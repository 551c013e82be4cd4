package org.returnops.localstack;

/** Where a service finds its own database, and the credentials it uses there. */
public record DatabaseCoordinates(String jdbcUrl, String username, String password) {
}
