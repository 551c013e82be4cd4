package org.returnops.contracts;

/** What an event is about; its id is the Kafka key, so one aggregate's events stay in order. */
public enum Aggregate {
    MIGRANT,
    CONVOY,
    CLEARANCE
}
