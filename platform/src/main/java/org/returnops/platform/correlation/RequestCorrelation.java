package org.returnops.platform.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.returnops.contracts.CorrelationIds;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the request's correlation id while a service handles it: the gateway's {@code X-Request-Id}
 * (a UUID when called directly without one) and the trace id of a W3C {@code traceparent} go into the
 * logging MDC ({@link CorrelationIds#MDC_KEY}, {@link CorrelationIds#TRACE_MDC_KEY}), where the log
 * format prints them and the outbox takes the id for every event the request emits. The id is echoed
 * on the response.
 */
public class RequestCorrelation {

    private static final Pattern VALID_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

    @ServerRequestFilter(preMatching = true)
    public void enter(ContainerRequestContext request) {
        String incoming = request.getHeaderString(CorrelationIds.REQUEST_ID_HEADER);
        String requestId = incoming != null && VALID_REQUEST_ID.matcher(incoming).matches()
                ? incoming : UUID.randomUUID().toString();
        request.setProperty(CorrelationIds.MDC_KEY, requestId);
        MDC.put(CorrelationIds.MDC_KEY, requestId);
        String traceparent = request.getHeaderString(CorrelationIds.TRACEPARENT_HEADER);
        Matcher trace = traceparent == null ? null : TRACEPARENT.matcher(traceparent.trim());
        if (trace != null && trace.matches()) {
            MDC.put(CorrelationIds.TRACE_MDC_KEY, trace.group(1));
        } else {
            MDC.remove(CorrelationIds.TRACE_MDC_KEY);
        }
    }

    @ServerResponseFilter
    public void leave(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(CorrelationIds.MDC_KEY);
        if (requestId != null) {
            response.getHeaders().putSingle(CorrelationIds.REQUEST_ID_HEADER, requestId);
        }
    }
}
