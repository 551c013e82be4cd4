package org.returnops.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the outbox relay and the event consumer of a service. */
@ConfigMapping(prefix = "messaging")
public interface MessagingConfig {

    /** The CloudEvents {@code source} of every event this service produces. */
    @WithDefault("urn:return-ops:${quarkus.application.name}")
    String source();

    Outbox outbox();

    Consumer consumer();

    Kafka kafka();

    /**
     * The service's own principal on the broker (SASL SCRAM-SHA-512). Production has no default: set
     * {@code MESSAGING_KAFKA_PASSWORD} from a secret; the run command and the tests give the dev ones.
     */
    interface Kafka {

        /** The principal: one per service, named in the broker's access control lists. */
        String username();

        String password();
    }

    interface Outbox {

        /** How often the relay looks for unpublished events when no commit woke it (a safety net). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Events published per round trip to the broker. */
        @WithDefault("500")
        int batchSize();

        /** The longest wait between attempts while the broker cannot be reached. */
        @WithDefault("10s")
        Duration maxBackoff();

        /**
         * How long the relay waits after a wake-up before reading, when the round before published more
         * than one event (a backlog): commits of that moment then go in the same round.
         */
        @WithDefault("5ms")
        Duration linger();

        /** How long one batch may wait for the broker's acknowledgement. */
        @WithDefault("10s")
        Duration sendTimeout();
    }

    interface Consumer {

        /** The topics this service consumes; none means no consumer runs. */
        Optional<List<String>> topics();

        /** The consumer group: one per service, so instances share the partitions. */
        @WithDefault("${quarkus.application.name}")
        String group();

        /** Attempts before an event that keeps failing goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        /** The wait after the first failed attempt; doubled after each further one. */
        @WithDefault("200ms")
        Duration retryBackoff();
    }
}
