package org.returnops.gateway.front;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.returnops.gateway.auth.PartnerTokens;
import org.returnops.gateway.auth.TokenVerifier;
import org.returnops.gateway.proxy.GatewayConfig;
import org.returnops.platform.problem.Problem;

import java.util.Optional;

/**
 * What every request passes before it is routed: correlation ids, the partner's identity, the rate
 * limit and the declared body size. A body sent without a length is limited while it streams
 * ({@link LimitBody}).
 */
@ApplicationScoped
public class FrontDoor {

    /** Before the proxy routes (-10) and everything else. */
    private static final int ORDER = -20;

    /**
     * The verified caller's client id and organisation, passed on for the services' access logs. Services
     * take identity from the token itself; whatever a caller sends in these headers is dropped, so they
     * can never be spoofed through the gateway.
     */
    static final String CALLER = "X-Caller";
    static final String CALLER_ORGANISATION = "X-Caller-Organisation";

    private final GatewayConfig config;
    private final TokenVerifier verifier;
    private final RateLimiter limiter;

    public FrontDoor(GatewayConfig config, TokenVerifier verifier) {
        this.config = config;
        this.verifier = verifier;
        this.limiter = new RateLimiter(config.rateLimit().perSecond(), config.rateLimit().burst(), System::nanoTime);
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String requestId = Correlation.requestId(request.getHeader(Correlation.REQUEST_ID));
        request.headers().set(Correlation.REQUEST_ID, requestId);
        request.headers().set(Correlation.TRACEPARENT, Correlation.traceparent(request.getHeader(Correlation.TRACEPARENT)));
        // set as the headers go out, replacing the copy a service or the platform's filter adds: once
        rc.addHeadersEndHandler(end -> rc.response().headers().set(Correlation.REQUEST_ID, requestId));
        String path = request.path();
        if (!path.startsWith("/api/") && !path.startsWith("/auth/")) {
            rc.next();
            return;
        }
        request.headers().remove(CALLER);
        request.headers().remove(CALLER_ORGANISATION);
        Optional<JsonWebToken> token = verifier.verify(request.getHeader("Authorization"));
        token.ifPresent(jwt -> {
            request.headers().set(CALLER, jwt.getSubject());
            String organisation = jwt.getClaim(PartnerTokens.ORGANISATION_CLAIM);
            if (organisation != null) {
                request.headers().set(CALLER_ORGANISATION, organisation);
            }
        });
        String partner = token.map(JsonWebToken::getSubject)
                .orElseGet(() -> "address " + request.remoteAddress().hostAddress());
        long retryAfter = limiter.acquire(partner);
        if (retryAfter > 0) {
            refuse(rc, Problem.of("rate-limited", "Too many requests", 429,
                    "More than " + config.rateLimit().burst() + " requests at once or " + config.rateLimit().perSecond()
                            + " per second on average from " + (token.isPresent() ? "partner " : "")
                            + partner + "; retry after " + retryAfter + " s.", path),
                    retryAfter);
            return;
        }
        String length = request.getHeader("Content-Length");
        long max = config.maxBodySize().asLongValue();
        if (length != null && isLonger(length, max)) {
            refuse(rc, LimitBody.tooLarge(max, path), 0);
            return;
        }
        rc.next();
    }

    private static boolean isLonger(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext rc, Problem problem, long retryAfter) {
        var response = rc.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (retryAfter > 0) {
            response.putHeader("Retry-After", Long.toString(retryAfter));
        }
        if (problem.status() == 413) {
            response.putHeader("Connection", "close");
        }
        response.end(JsonObject.mapFrom(problem).toBuffer());
    }
}
