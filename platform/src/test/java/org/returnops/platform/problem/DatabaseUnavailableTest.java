package org.returnops.platform.problem;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are "the database is out of reach" (503, retry) rather than an internal error (500). */
class DatabaseUnavailableTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("could not execute statement", new RuntimeException(cause));
    }

    @Test
    void connectionFailuresAndServerShutdownAreUnavailability() {
        assertThat(Failures.databaseUnavailable(wrapped(new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(Failures.databaseUnavailable(wrapped(new SQLException("terminating connection due to "
                + "administrator command", "57P01")))).isTrue();
        assertThat(Failures.databaseUnavailable(wrapped(new SQLException("the database system is starting up",
                "57P03")))).isTrue();
        assertThat(Failures.databaseUnavailable(wrapped(new SQLException(
                "Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(Failures.databaseUnavailable(wrapped(new SQLException("Sorry, acquisition timeout!"))))
                .as("every pooled connection busy").isTrue();
        assertThat(Failures.databaseUnavailable(wrapped(new SQLTransientConnectionException("gone")))).isTrue();
        assertThat(Failures.databaseUnavailable(wrapped(new ConnectException("Connection refused")))).isTrue();
        Exception commitFailed = new IllegalStateException("Could not commit transaction");
        commitFailed.addSuppressed(new IllegalStateException("Error trying to commit",
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertThat(Failures.databaseUnavailable(wrapped(commitFailed))).as("the commit's suppressed cause").isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Failures.databaseUnavailable(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(Failures.databaseUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(Failures.databaseUnavailable(wrapped(new SQLException("no state")))).isFalse();
    }
}
