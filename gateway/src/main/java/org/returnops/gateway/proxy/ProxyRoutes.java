package org.returnops.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.returnops.gateway.front.LimitBody;

import java.net.URI;
import java.util.Map;

/**
 * Routes each service's path prefixes to it through Vert.x's reverse proxy, which streams status,
 * headers and body through unchanged, after the front door's checks ({@code FrontDoor}). A service's own
 * OpenAPI document is served at {@code /openapi/<service>}.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** Before Quarkus REST and the other routes of the gateway itself. */
    private static final int ORDER = -10;

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        for (Map.Entry<String, GatewayConfig.ServiceRoute> entry : config.services().entrySet()) {
            GatewayConfig.ServiceRoute service = entry.getValue();
            URI url = service.url();
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setDefaultHost(url.getHost())
                    .setDefaultPort(url.getPort())
                    .setConnectTimeout(2000)
                    .setMaxPoolSize(config.connectionsPerService())
                    .setKeepAlive(true));
            long timeoutMillis = config.timeout().toMillis();
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(context -> context.client().request(new RequestOptions()
                            .setHost(url.getHost())
                            .setPort(url.getPort())
                            .setIdleTimeout(timeoutMillis)))
                    .addInterceptor(new UnavailableAsProblem(service.name()))
                    .addInterceptor(new LimitBody(config.maxBodySize().asLongValue()));
            for (String prefix : service.paths()) {
                router.route(prefix).order(ORDER).handler(rc -> proxy.handle(rc.request()));
                router.route(prefix + "/*").order(ORDER).handler(rc -> proxy.handle(rc.request()));
            }

            HttpProxy documents = HttpProxy.reverseProxy(client)
                    .origin(context -> context.client().request(new RequestOptions()
                            .setHost(url.getHost())
                            .setPort(url.getPort())
                            .setIdleTimeout(timeoutMillis)))
                    .addInterceptor(new UnavailableAsProblem(service.name()))
                    .addInterceptor(new RewritePath("/q/openapi?format=json"));
            router.get("/openapi/" + entry.getKey()).order(ORDER).handler(rc -> documents.handle(rc.request()));
        }
    }
}
