package org.eventline.web.edge;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;

import org.jboss.logging.Logger;

/**
 * Puts a RequestHeadGuard on every connection the HTTP server accepts. Neither Vert.x 4.5 nor
 * Quarkus has a time limit for receiving a request head, nor a hook for the answers to heads the
 * decoder refuses (Quarkus never passes its HttpServer out), so this watches the bound server
 * channel, reached through Vert.x internals, and adds the guard to each accepted connection.
 */
@ApplicationScoped
public class ConnectionGuards {

    private static final Logger LOG = Logger.getLogger(ConnectionGuards.class);
    /** Vert.x names its HTTP/1.x handlers; the guard goes where it sees decoded requests and whole answers. */
    private static final String VERTX_ENCODER = "httpEncoder";
    private static final String GUARD = "eventline-request-head";

    @Inject
    Vertx vertx;
    @Inject
    RoutingProblems problems;
    @Inject
    HttpConfig config;

    void install(@ObservesAsync HttpServerStart started) {
        try {
            Field bound = TCPServerBase.class.getDeclaredField("bindFuture");
            bound.setAccessible(true);
            for (HttpServerImpl server : ((VertxInternal) vertx).sharedHttpServers().values()) {
                @SuppressWarnings("unchecked")
                Future<Channel> channel = (Future<Channel>) bound.get(server);
                channel.onSuccess(serverChannel -> serverChannel.pipeline().addFirst(new Acceptor()));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.errorf(e, "request heads are NOT guarded (no head timeout, bare 414/431): Vert.x internals changed");
        }
    }

    /** Sees each connection the server channel accepts, before Vert.x sets it up. */
    @ChannelHandler.Sharable
    private final class Acceptor extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof Channel connection) {
                connection.pipeline().addFirst(new Placer(System.nanoTime()));
            }
            context.fireChannelRead(message);
        }
    }

    /**
     * Puts the guard in the connection's pipeline once Vert.x has built it for HTTP/1.x. Vert.x
     * builds it on the first bytes (they tell HTTP/1.x from cleartext HTTP/2), so the placer moves
     * behind Vert.x's detector and places the guard before those bytes reach the request decoder.
     */
    private final class Placer extends ChannelInboundHandlerAdapter {
        private final long connectedAt;

        Placer(long connectedAt) {
            this.connectedAt = connectedAt;
        }

        @Override
        public void channelRegistered(ChannelHandlerContext context) {
            // a connection that sends nothing never gets a guard: close it when its first head is due
            Channel connection = context.channel();
            context.executor().schedule(() -> {
                if (connection.pipeline().get(Placer.class) != null) {
                    connection.close();
                }
            }, config.requestHeadTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!place(context)) {
                context.pipeline().remove(this);
                context.pipeline().addLast(new Placer(connectedAt));
            }
            context.fireChannelRegistered();
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (!place(context)) {
                // cleartext HTTP/2 with prior knowledge: not HTTP/1.x, nothing to guard
                context.pipeline().remove(this);
            }
            context.fireChannelRead(message);
        }

        private boolean place(ChannelHandlerContext context) {
            if (context.pipeline().get(VERTX_ENCODER) == null) {
                return false;
            }
            Duration left = config.requestHeadTimeout().minusNanos(System.nanoTime() - connectedAt);
            context.pipeline().addAfter(VERTX_ENCODER, GUARD,
                    new RequestHeadGuard(config.requestHeadTimeout(), left, problems::bytes));
            context.pipeline().remove(this);
            return true;
        }
    }
}
