package org.returnops.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;
import org.returnops.platform.problem.Problem;

import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.TimeoutException;

/**
 * Answers a request the service could not take as problem+json naming the service: 503 when it
 * cannot be reached, 504 when it does not answer in time. Without it the proxy would answer an empty
 * 502 that tells the caller nothing. An instance that dropped the connection is skipped for a while
 * ({@link Instances}); the request is not sent again, since the instance may have carried it out.
 */
final class UnavailableAsProblem implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UnavailableAsProblem.class);

    private final Instances instances;

    UnavailableAsProblem(Instances instances) {
        this.instances = instances;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        String service = instances.service();
        return context.sendRequest().map(response -> {
            URI instance = context.get(ProxyRoutes.INSTANCE, URI.class);
            if (instance != null) {
                instances.answered(instance);
            }
            return response;
        }).recover(failure -> {
            boolean timedOut = failure instanceof TimeoutException
                    || failure.getClass().getSimpleName().contains("Timeout");
            URI instance = context.get(ProxyRoutes.INSTANCE, URI.class);
            if (instance != null && !timedOut) {
                // refused or dropped: the next requests go to the service's other instances for a while
                instances.failed(instance);
            }
            LOG.warnf("%s did not answer %s: %s", service, context.request().getURI(), failure.toString());
            Problem problem = timedOut
                    ? Problem.of("gateway-timeout", "Gateway timeout", 504,
                            "The " + service + " did not answer in time; the request may or may not have been"
                                    + " carried out.", path(context))
                    : Problem.of("service-unavailable", "Service unavailable", 503,
                            "The " + service + " is unavailable" + (failure instanceof ConnectException
                                    ? "" : " (" + failure.getMessage() + ")") + "; try again shortly.",
                            path(context));
            Buffer body = JsonObject.mapFrom(problem).toBuffer();
            ProxyResponse response = unread(context.request()).response()
                    .setStatusCode(problem.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .setBody(Body.body(body));
            if (!timedOut) {
                response.putHeader("Retry-After", "5");
            }
            return Future.succeededFuture(response);
        });
    }

    /**
     * The request with what is left of its body let go, so that the connection can carry the next request. Only
     * while part of it is unread: an HTTP/2 request read to its end throws when asked to resume, and the problem
     * answer would then never be sent (the caller waits until its own timeout).
     */
    private static ProxyRequest unread(ProxyRequest request) {
        return request.proxiedRequest().isEnded() ? request : request.release();
    }

    private static String path(ProxyContext context) {
        return context.request().proxiedRequest().path();
    }
}
