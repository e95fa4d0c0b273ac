package org.astrolabe.reliability.support;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.astrolabe.api.AstrolabeServer;
import org.astrolabe.api.ExtractorLoader;
import org.astrolabe.api.ServerConfig;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.extractor.ArticleExtractor;

/**
 * The real server, in this JVM, on 127.0.0.1 and a free port, over a real TDB2 store in a folder of the
 * test's. Writes need {@link #token()}, a fresh random value per server so that a test can search logs
 * for it. Close it to stop the server and close the store.
 */
public final class LiveServer implements AutoCloseable {
    private final GraphStore store;
    private final AstrolabeServer server;
    private final String token;
    private final HttpProbe http;

    private LiveServer(GraphStore store, AstrolabeServer server, String token) {
        this.store = store;
        this.server = server;
        this.token = token;
        this.http = new HttpProbe(URI.create("http://127.0.0.1:" + server.port()), Duration.ofSeconds(15));
    }

    /** A server with a write token, the given query timeout and the model-free {@link PoolExtractor}. */
    public static LiveServer start(Path storeDir, Duration queryTimeout) {
        return start(storeDir, config -> config.withQueryTimeout(queryTimeout), new PoolExtractor());
    }

    /** {@link #start(Path, Duration)}, then {@code count} synthetic articles ingested under {@code prefix}. */
    public static LiveServer startWithArticles(Path storeDir, Duration queryTimeout, String prefix, int count) {
        LiveServer server = start(storeDir, queryTimeout);
        SyntheticArticles articles = new SyntheticArticles(prefix);
        for (int n = 0; n < count; n++) {
            server.ingest(articles.article(n));
        }
        return server;
    }

    /**
     * A server whose configuration starts as the defaults with port 0 and a fresh write token, then is
     * adjusted by {@code adjust} (which may also remove the token or change the host).
     */
    public static LiveServer start(Path storeDir, UnaryOperator<ServerConfig> adjust, ArticleExtractor extractor) {
        String token = "tok-" + UUID.randomUUID();
        ServerConfig config = adjust.apply(ServerConfig.defaults().withPort(0).withWriteToken(token));
        GraphStore store = Tdb2GraphStore.open(storeDir);
        try {
            AstrolabeServer server = AstrolabeServer.create(config, store, ExtractorLoader.of(extractor)).start();
            return new LiveServer(store, server, token);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public GraphStore store() {
        return store;
    }

    public HttpProbe http() {
        return http;
    }

    public int port() {
        return server.port();
    }

    public String token() {
        return token;
    }

    /** The header that authorises a write. */
    public Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + token);
    }

    /**
     * Stores a pre-extracted article through the server's own store, as ingestion does, and tells the
     * server's search index about its entities.
     */
    public PutOutcome ingest(ExtractionResult result) {
        PutOutcome outcome = store.put(result);
        server.documentStored(outcome.documentIri());
        return outcome;
    }

    public AstrolabeServer server() {
        return server;
    }

    public StoreFingerprint fingerprint() {
        return StoreFingerprint.of(store);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
