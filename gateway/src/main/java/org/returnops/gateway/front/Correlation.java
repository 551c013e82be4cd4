package org.returnops.gateway.front;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The correlation ids the gateway puts on every request: {@code X-Request-Id} (a caller's own id is
 * kept when it is a sensible token, else a UUID) and a W3C {@code traceparent} whose trace id is kept
 * from a valid incoming one, with the gateway's own span as parent.
 */
final class Correlation {

    static final String REQUEST_ID = "X-Request-Id";
    static final String TRACEPARENT = "traceparent";

    private static final Pattern VALID_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);

    private Correlation() {
    }

    static String requestId(String incoming) {
        return incoming != null && VALID_REQUEST_ID.matcher(incoming).matches()
                ? incoming : UUID.randomUUID().toString();
    }

    static String traceparent(String incoming) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
        }
        var matcher = incoming == null ? null : VALID_TRACEPARENT.matcher(incoming.trim());
        if (matcher != null && matcher.matches() && !ZERO_TRACE.equals(matcher.group(1))
                && !ZERO_SPAN.equals(matcher.group(2))) {
            return "00-" + matcher.group(1) + "-" + hex(8) + "-" + matcher.group(3);
        }
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    private static String hex(int bytes) {
        StringBuilder hex = new StringBuilder(bytes * 2);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < bytes; i++) {
            hex.append(String.format("%02x", random.nextInt(256)));
        }
        return hex.toString();
    }
}
