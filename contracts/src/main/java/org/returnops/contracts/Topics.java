package org.returnops.contracts;

import java.util.List;

/**
 * The Kafka topics of the suite. Stable strings written here once, never derived from a class or
 * package name: renaming code must not change the wire.
 */
public final class Topics {

    /** Registry → all: a person's registration, changes and withdrawal. Key: migrant id. */
    public static final String REGISTRY_MIGRANTS = "registry.migrants.v1";
    /** Consular → all: clearances requested and decided, people cleared or denied, documents issued. Key: migrant id. */
    public static final String CONSULAR_CLEARANCES = "consular.clearances.v1";
    /** Transport → all: convoys planned, manifests, departures, checkpoints, arrivals. Key: convoy or migrant id. */
    public static final String TRANSPORT_CONVOYS = "transport.convoys.v1";
    /** Authority systems → consular: clearance decisions. Key: clearance id. */
    public static final String CONSULAR_DECISIONS = "consular.decisions.v1";

    /** Every topic that carries events (their dead-letter companions excluded). */
    public static final List<String> ALL = List.of(REGISTRY_MIGRANTS, CONSULAR_CLEARANCES, TRANSPORT_CONVOYS,
            CONSULAR_DECISIONS);

    /** The suffix of a topic's dead-letter companion. */
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter companion of a topic: where what its consumers cannot process goes, with the reason. */
    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
