package org.returnops.contracts;

import java.time.OffsetDateTime;

/**
 * One event as it travels: the CloudEvents 1.0 attributes the suite uses and the {@code data} as JSON.
 *
 * @param source        who produced it, e.g. {@code urn:return-ops:registry-service}
 * @param subject       the aggregate id (migrant, convoy or clearance), also the Kafka key
 * @param correlationId the request or flow that caused it (CloudEvents extension {@code correlationid});
 *                      may be null
 * @param dataJson      the event's {@code data}, valid against the schema of its type
 */
public record EventEnvelope(String id, String source, String type, String subject, OffsetDateTime time,
        String correlationId, String dataJson) {

    /** The data as its record, read tolerantly (unknown fields ignored). */
    public <T> T data(Class<T> dataClass) {
        try {
            return EventJson.MAPPER.readValue(dataJson, dataClass);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("data of event " + id + " is not a " + dataClass.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }
}
