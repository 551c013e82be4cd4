package org.returnops.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/**
 * Drops the service's {@code X-Request-Id} from its response: the gateway already set the same id on
 * the response to the caller, and the proxy adds rather than replaces headers.
 */
final class KeepGatewayRequestId implements ProxyInterceptor {

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        context.response().headers().remove("X-Request-Id");
        return context.sendResponse();
    }
}
