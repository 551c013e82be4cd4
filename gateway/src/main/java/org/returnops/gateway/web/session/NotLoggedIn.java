package org.returnops.gateway.web.session;

/** A page was asked for without a live session: the person is sent to the login page. */
public class NotLoggedIn extends RuntimeException {

    public NotLoggedIn() {
        super("not logged in", null, false, false);
    }
}
