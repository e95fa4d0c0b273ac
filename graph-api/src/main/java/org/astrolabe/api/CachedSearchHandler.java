package org.astrolabe.api;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code GET /api/entities} from the cache of rendered search answers ({@link EntitySearchAnswers})
 * before the request reaches the servlet layer and Javalin's router: a cached search costs a map lookup, and
 * the servlet request, the routing by regular expression and the compressing response stream around it cost
 * several times more. Everything else goes on to the wrapped handler unchanged, and so does a search whose answer
 * is not cached at the index's current version, whose parameters are wrong (the endpoint answers with the
 * error), that is a HEAD, that may be compressed ({@code Accept-Encoding}) or that comes from another origin
 * while the server answers cross-origin requests: each of these gets Javalin's answer, and the next repeat of a
 * search that was answered there comes from here.
 *
 * <p>The answer is the endpoint's: the same bytes, status 200, {@code Content-Type: application/json} and its
 * length; the request is counted in the metrics under the route as Javalin's request logger counts it.
 */
final class CachedSearchHandler extends Handler.Wrapper {
    static final String PATH = "/api/entities";

    /** Reads a search's cached answer from its query parameters, or null when it is not cached. */
    interface Answers {
        byte[] cachedAnswer(java.util.function.Function<String, String> queryParam);
    }

    /** Told of every answered request, as the request logger is: method, route, status and seconds. */
    interface Answered {
        void answered(String method, String route, int status, double seconds);
    }

    private final Answers answers;
    private final Answered answered;
    private final boolean crossOrigin;

    /**
     * @param crossOrigin whether the server answers cross-origin requests (its CORS handling then answers every
     *                    request that names an origin)
     */
    CachedSearchHandler(Answers answers, Answered answered, boolean crossOrigin) {
        this.answers = answers;
        this.answered = answered;
        this.crossOrigin = crossOrigin;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        byte[] json = answerable(request) ? answers.cachedAnswer(queryParameters(request.getHttpURI().getQuery())) : null;
        if (json == null) {
            return super.handle(request, response, callback);
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON.asString());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, json.length);
        // Counted before the answer leaves: a client that reads the metrics next finds its request there.
        answered.answered("GET", PATH, 200, (System.nanoTime() - start) / 1e9);
        response.write(true, ByteBuffer.wrap(json), callback);
        return true;
    }

    private boolean answerable(Request request) {
        var headers = request.getHeaders();
        return HttpMethod.GET.is(request.getMethod())
                && PATH.equals(request.getHttpURI().getPath())
                && !headers.contains(HttpHeader.ACCEPT_ENCODING)
                && !(crossOrigin && headers.contains(HttpHeader.ORIGIN));
    }

    /**
     * The first value of each query parameter, decoded as Javalin decodes them ({@code &}-separated pairs split
     * at their first {@code =}, {@link URLDecoder} in UTF-8, a name without {@code =} has the empty value), so
     * that both read the same search. A query that cannot be decoded fails every lookup (as a bad request), so
     * that the request goes on to Javalin, which answers it.
     */
    static java.util.function.Function<String, String> queryParameters(String query) {
        Map<String, String> first = new HashMap<>();
        if (query != null && !query.isEmpty()) {
            try {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    first.putIfAbsent(name, value);
                }
            } catch (IllegalArgumentException e) {
                return name -> { throw ApiException.badRequest("The query string cannot be decoded"); };
            }
        }
        return first::get;
    }
}
