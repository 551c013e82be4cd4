package org.returnops.gateway.front;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.returnops.platform.problem.Problem;

/**
 * Limits a request body that comes without a {@code Content-Length} (chunked) while it streams to the
 * service: past the limit the request to the service is abandoned and the caller gets 413. A declared
 * length over the limit is refused before anything is read ({@link FrontDoor}).
 */
public final class LimitBody implements ProxyInterceptor {

    private final long max;

    public LimitBody(long max) {
        this.max = max;
    }

    static Problem tooLarge(long max, String path) {
        return Problem.of("payload-too-large", "Request body too large", 413,
                "The request body is larger than the limit of " + max + " bytes.", path);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body == null || body.length() >= 0) {
            return context.sendRequest();
        }
        Counted counted = new Counted(body.stream(), max);
        context.request().setBody(Body.body(counted, -1));
        return context.sendRequest().recover(failure -> {
            if (!counted.exceeded) {
                return Future.failedFuture(failure);
            }
            Problem problem = tooLarge(max, context.request().proxiedRequest().path());
            return Future.succeededFuture(context.request().release().response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .setBody(Body.body(JsonObject.mapFrom(problem).toBuffer())));
        });
    }

    /** The body stream, failing once more than {@code max} bytes have passed. */
    private static final class Counted implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final long max;
        private long seen;
        private volatile boolean exceeded;
        private Handler<Throwable> exceptionHandler;

        Counted(ReadStream<Buffer> source, long max) {
            this.source = source;
            this.max = max;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            exceptionHandler = handler;
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                source.handler(null);
                return this;
            }
            source.handler(chunk -> {
                if (exceeded) {
                    return;
                }
                seen += chunk.length();
                if (seen > max) {
                    exceeded = true;
                    if (exceptionHandler != null) {
                        exceptionHandler.handle(new IllegalStateException("request body over " + max + " bytes"));
                    }
                    return;
                }
                handler.handle(chunk);
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            source.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            source.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            source.endHandler(endHandler);
            return this;
        }
    }
}
