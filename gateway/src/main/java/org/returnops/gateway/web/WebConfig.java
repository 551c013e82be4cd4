package org.returnops.gateway.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The people who use the web pages, their sessions, and the event feed of the board. */
@ConfigMapping(prefix = "web")
public interface WebConfig {

    /** People by login name; none in production until configured. */
    Map<String, User> users();

    Login login();

    /** How long a session lasts without a request. */
    @WithDefault("30m")
    Duration sessionIdleTimeout();

    Events events();

    interface User {

        /** The bcrypt hash of the password (never the password itself). */
        String passwordHash();

        /** The partner organisation the person works for, as in a partner token ({@code IOM}, {@code UZ-BORDER}). */
        String organisation();

        /** The roles, as in a partner token. */
        Set<String> roles();
    }

    interface Login {

        /** Wrong passwords in a row after which the login name is locked. */
        @WithDefault("5")
        int maxFailures();

        /** How long a locked login name stays locked. */
        @WithDefault("15m")
        Duration lockout();
    }

    interface Events {

        /** The Kafka brokers; without them the board does not update by itself (it still shows the data on load). */
        Optional<String> bootstrapServers();

        /** The gateway's own principal on the broker (SCRAM-SHA-512), read-only on the event topics. */
        Optional<String> username();

        Optional<String> password();
    }
}
