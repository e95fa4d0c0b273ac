package org.astrolabe.watch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a limit: past it the subscription is cancelled (the JDK client then closes
 * the connection), so a huge or endless body costs at most {@code limit} bytes of memory and the bytes
 * that had arrived. With a limit of 0 the body is not read at all.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body went past the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("larger than " + limit + " bytes", null, false, false);
        }
    }

    private final long limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBody(long limit) {
        this.limit = limit;
    }

    /** A body not to read: cancelled on subscription, completing empty. */
    static BoundedBody skipped() {
        return new BoundedBody(-1);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (limit < 0) {
            s.cancel();
            result.complete(new byte[0]);
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(limit));
                return;
            }
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            buffer.write(bytes, 0, bytes.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    /** Cancels reading, e.g. when the page's time is up. */
    void cancel() {
        if (subscription != null) {
            subscription.cancel();
        }
    }
}
