package org.returnops.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/** Sends the proxied request to a fixed path of the service. */
final class RewritePath implements ProxyInterceptor {

    private final String uri;

    RewritePath(String uri) {
        this.uri = uri;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        context.request().setURI(uri);
        return context.sendRequest();
    }
}
