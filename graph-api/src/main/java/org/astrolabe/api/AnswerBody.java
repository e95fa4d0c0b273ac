package org.astrolabe.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

import io.javalin.http.Context;

/**
 * The body of one SPARQL answer, written while the query runs. The first {@link #HELD_BYTES} bytes are held
 * back: an answer that fails or times out before then has sent nothing, so it still gets a clean JSON error
 * with its status. When more is written and the answer may be streamed, the response is committed (status
 * 200 and the headers known up front) and the rest goes to the client as it is written, so a large answer
 * is not kept whole in memory. An answer that may not be streamed is held whole (its size is bounded by the
 * result limit) and sent by {@link #finish}.
 *
 * <p>A failure after the response was committed cannot become an error status any more: {@link #abort}
 * drops the connection without ending the body, so the client sees an incomplete response (a chunked body
 * without its last chunk), never a short answer that looks complete. Fuseki does the same.
 */
final class AnswerBody extends OutputStream {
    /** Room for answers of a few hundred rows, so that nearly every answer fails cleanly if it fails. */
    static final int HELD_BYTES = 64 * 1024;

    private final Context ctx;
    private final String contentType;
    private final Map<String, String> headersUpFront;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream(8 * 1024);
    private OutputStream client;

    /**
     * @param contentType    the answer's Content-Type header
     * @param headersUpFront the headers of a streamed answer, known before it is written; {@code null} when the
     *                       answer may not be streamed (a header depends on the whole answer)
     */
    AnswerBody(Context ctx, String contentType, Map<String, String> headersUpFront) {
        this.ctx = ctx;
        this.contentType = contentType;
        this.headersUpFront = headersUpFront;
    }

    /** True once bytes have gone to the client: a failure can no longer become an error status. */
    boolean committed() {
        return client != null;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (client != null) {
            client.write(bytes, offset, length);
            return;
        }
        held.write(bytes, offset, length);
        if (held.size() > HELD_BYTES && headersUpFront != null) {
            headers(headersUpFront);
            client = ctx.outputStream();
            held.writeTo(client);
            held.reset();
        }
    }

    @Override
    public void flush() throws IOException {
        if (client != null) {
            client.flush();
        }
    }

    /**
     * Ends a successful answer: a streamed one is flushed; a held one is sent whole with {@code headers} (the
     * ones that depend on the whole answer) and its length.
     */
    void finish(Map<String, String> headers) throws IOException {
        if (client != null) {
            client.flush();
            return;
        }
        headers(headers);
        ctx.result(held.toByteArray());
    }

    /** Ends a streamed answer that failed: the connection is closed, leaving the body unfinished. */
    void abort(Throwable failure) {
        ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection().getEndPoint().close(failure);
    }

    private void headers(Map<String, String> headers) {
        headers.forEach(ctx::header);
        ctx.header("Vary", "Accept");
        ctx.contentType(contentType);
    }
}
