package org.returnops.localstack;

/** A failure of the local stack, worded for the person who started it. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
