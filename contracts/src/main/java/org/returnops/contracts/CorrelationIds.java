package org.returnops.contracts;

/**
 * The names under which one request's correlation id travels: the HTTP header the gateway sets and
 * services echo, the W3C trace header, and the logging MDC key under which services keep it while they
 * work, so that every log line and every event they emit carries it (events as the CloudEvents extension
 * {@link CloudEventCodec#CORRELATION_EXTENSION}).
 */
public final class CorrelationIds {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String TRACEPARENT_HEADER = "traceparent";
    /** MDC key of the correlation id; a service's log format prints it with {@code %X{requestId}}. */
    public static final String MDC_KEY = "requestId";
    /** MDC key of the W3C trace id, when the request carried a {@code traceparent}. */
    public static final String TRACE_MDC_KEY = "traceId";

    private CorrelationIds() {
    }
}
