package org.returnops.platform.problem;

/**
 * What kind of failure an unexpected exception is, as far as the caller is concerned: the database out of reach (a
 * 503 to retry shortly), someone else's change in between (a 409 to read again and retry), or a fault of ours.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * Whether the failure is the database being out of reach (connection refused or lost, server shutting
     * down or starting, no connection to be had from the pool): a transient 503 the caller can retry,
     * not an internal error. SQL states of class 08 (connection exception) and 57P (operator
     * intervention) say so; the pool's acquisition timeout says so after connections kept failing.
     */
    public static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // a failed commit carries the driver's error as a suppressed exception of the RollbackException
            for (Throwable suppressed : cause.getSuppressed()) {
                if (databaseUnavailable(suppressed)) {
                    return true;
                }
            }
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (poolExhausted(sql.getMessage())) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Agroal's words for "no connection could be had within the acquisition timeout": every connection of the
     * pool is busy (overload) or the database keeps refusing new ones. Either way the caller should retry.
     */
    private static boolean poolExhausted(String message) {
        return message != null
                && (message.startsWith("Acquisition timeout") || message.startsWith("Sorry, acquisition timeout"));
    }

    /**
     * Whether someone else (a partner, or the service following another service's event) changed the
     * record while this request was being handled (optimistic locking): nothing of this request was
     * stored, and reading again and retrying is safe. Known by name: the platform has no JPA of its own.
     */
    static boolean concurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
