package org.eventline.web.edge;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;

import org.eventline.web.Problem;

/**
 * Guards one HTTP/1.x connection where Vert.x offers no hook, between Netty's request decoder and
 * Vert.x: a client gets a bounded time to send each request head (from connecting, or from the
 * end of the previous answer), and a head the decoder refuses (request line or headers over the
 * limits, 414 and 431), whose target is no valid URI (400) or that came too slowly (408) is
 * answered problem+json, then the connection is closed.
 */
final class RequestHeadGuard extends ChannelDuplexHandler {

    private final Duration headTimeout;
    private final Duration firstHeadLeft;
    private final Function<Problem, byte[]> body;
    private ScheduledFuture<?> deadline;
    private boolean refused;
    /** Bytes came in since the last answer: a head is on its way, not an idle keep-alive connection. */
    private boolean headStarted = true;

    /** The first head is due headTimeout after connecting, of which firstHeadLeft remains. */
    RequestHeadGuard(Duration headTimeout, Duration firstHeadLeft, Function<Problem, byte[]> body) {
        this.headTimeout = headTimeout;
        this.firstHeadLeft = firstHeadLeft;
        this.body = body;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        context.pipeline().addFirst(new RawReads());
        awaitHead(context, firstHeadLeft);
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) throws Exception {
        headArrived();
        super.channelInactive(context);
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (refused) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (message instanceof HttpRequest request) {
            headArrived();
            Optional<Problem> problem = problemWith(request);
            if (problem.isPresent()) {
                ReferenceCountUtil.release(message);
                refuse(context, problem.get());
                return;
            }
        }
        context.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
        boolean interim = message instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
        context.write(message, promise);
        // the answer is complete: the connection now waits for the next request head
        if (message instanceof LastHttpContent && !interim && !refused) {
            headStarted = false;
            awaitHead(context, headTimeout);
        }
    }

    private static Optional<Problem> problemWith(HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            if (cause instanceof TooLongHttpLineException) {
                return Optional.of(Problem.ofStatus(414, "URI Too Long",
                        "The request line is longer than the server accepts; send long filters in fewer, shorter values.", null));
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return Optional.of(Problem.ofStatus(431, "Request Header Fields Too Large",
                        "The request headers are larger than the server accepts.", null));
            }
            return Optional.of(Problem.ofStatus(400, "Bad Request", "The request is not valid HTTP/1.1.", null));
        }
        return UriProblems.of(request.uri());
    }

    private void awaitHead(ChannelHandlerContext context, Duration left) {
        headArrived();
        deadline = context.executor().schedule(() -> timedOut(context), Math.max(0, left.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** A head begun and not finished is answered 408; an idle keep-alive connection is closed without a word. */
    private void timedOut(ChannelHandlerContext context) {
        if (!headStarted) {
            context.close();
            return;
        }
        refuse(context, Problem.ofStatus(408, "Request Timeout",
                "The request head (request line and headers) did not arrive within " + headTimeout.toSeconds() + " s.", null));
    }

    private void headArrived() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }

    private void refuse(ChannelHandlerContext context, Problem problem) {
        refused = true;
        headArrived();
        FullHttpResponse answer = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(problem.status()),
                Unpooled.wrappedBuffer(body.apply(problem)));
        answer.headers().set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, answer.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        context.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
    }

    /** Notes, at the start of the pipeline, that bytes came in. */
    private final class RawReads extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof ByteBuf bytes && bytes.isReadable()) {
                headStarted = true;
            }
            context.fireChannelRead(message);
        }
    }
}
