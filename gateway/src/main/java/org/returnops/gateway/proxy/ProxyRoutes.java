package org.returnops.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.returnops.gateway.front.LimitBody;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Routes each service's path prefixes to it through Vert.x's reverse proxy, which streams status,
 * headers and body through unchanged, after the front door's checks ({@code FrontDoor}). A service's own
 * OpenAPI document is served at {@code /openapi/<service>}.
 *
 * <p>A service with several instances gets requests in turn ({@link Instances}). Choosing the instance is the
 * proxy's origin provider: it asks the next instance for a connection and, when that instance refuses it,
 * the one after, so a request nothing has been sent for yet is never lost to an instance that is down,
 * whatever its method. Vert.x 4.5's HTTP client has no load balancer of its own (it came with Vert.x 5), and
 * SmallRye Stork's static list would choose an instance but leave the failover on a refused connection to us.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** Before Quarkus REST and the other routes of the gateway itself. */
    private static final int ORDER = -10;
    /** The key under which the proxy context keeps the instance a request went to. */
    static final String INSTANCE = "returnops.instance";

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, Backends backends) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(2000)
                .setMaxPoolSize(config.connectionsPerService())
                .setKeepAlive(true));
        long timeoutMillis = config.timeout().toMillis();
        for (Map.Entry<String, GatewayConfig.ServiceRoute> entry : config.services().entrySet()) {
            Instances instances = backends.of(entry.getKey());
            OriginRequestProvider origin = context -> connect(context, instances, instances.inTurn(), 0,
                    timeoutMillis);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(origin)
                    .addInterceptor(new UnavailableAsProblem(instances))
                    .addInterceptor(new LimitBody(config.maxBodySize().asLongValue()));
            for (String prefix : entry.getValue().paths()) {
                router.route(prefix).order(ORDER).handler(rc -> proxy.handle(rc.request()));
                router.route(prefix + "/*").order(ORDER).handler(rc -> proxy.handle(rc.request()));
            }

            HttpProxy documents = HttpProxy.reverseProxy(client)
                    .origin(origin)
                    .addInterceptor(new UnavailableAsProblem(instances))
                    .addInterceptor(new RewritePath("/q/openapi?format=json"));
            router.get("/openapi/" + entry.getKey()).order(ORDER).handler(rc -> documents.handle(rc.request()));
        }
    }

    /**
     * A request to the instance in turn; when it refuses the connection, marked failing and the next one
     * asked. Nothing of the request has been sent before the connection is there, so trying again is safe.
     */
    private static Future<HttpClientRequest> connect(ProxyContext context, Instances instances, List<URI> order,
            int attempt, long timeoutMillis) {
        URI url = order.get(attempt);
        context.set(INSTANCE, url);
        return context.client().request(new RequestOptions()
                        .setHost(url.getHost())
                        .setPort(url.getPort())
                        .setIdleTimeout(timeoutMillis))
                .recover(failure -> {
                    instances.failed(url);
                    return attempt + 1 < order.size()
                            ? connect(context, instances, order, attempt + 1, timeoutMillis)
                            : Future.failedFuture(failure);
                });
    }
}
