package org.crosscheck.app.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size cap and stops reading (cancelling the transfer) as soon as the cap
 * is passed, or at once when the declared Content-Length is already over it.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super(String.format(Locale.ROOT, "page too large (over %,d bytes; reading stopped)", max));
        }
    }

    private final long max;
    private final long declared;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(long max, long declared) {
        this.max = max;
        this.declared = declared;
    }

    /**
     * Makes a handler that collects bodies with a cap.
     *
     * @param max the most bytes accepted
     * @return the handler
     */
    static HttpResponse.BodyHandler<byte[]> handler(long max) {
        return info -> new CappedBody(max, info.headers().firstValueAsLong("content-length").orElse(-1));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > max) {
            s.cancel();
            result.completeExceptionally(new TooLarge(max));
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
        if (out.size() > max) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(max));
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }
}
