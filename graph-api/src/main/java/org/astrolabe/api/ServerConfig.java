package org.astrolabe.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.astrolabe.ontology.KG;

/**
 * How an {@link AstrolabeServer} listens and what it allows.
 *
 * @param host              the address to bind; loopback unless told otherwise
 * @param port              the port, 0 for any free one
 * @param baseIri           the base of entity and document IRIs
 * @param writeToken        the bearer token writes need; null disables every write
 * @param queryTimeout      how long one SPARQL query may run
 * @param resultLimit       the most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one query returns
 * @param maxBodyBytes      the largest request body accepted
 * @param corsOrigins       origins allowed cross-origin requests; empty for none
 * @param staticResources   classpath folders served at {@code /} when present (the web page)
 * @param extractionTimeout how long extracting one posted article may take before it is reported as failed
 * @param backupFolder      where {@code POST /$/backup} writes its time-stamped files
 */
public record ServerConfig(String host, int port, String baseIri, String writeToken, Duration queryTimeout,
                           int resultLimit, long maxBodyBytes, List<String> corsOrigins,
                           List<String> staticResources, Duration extractionTimeout, Path backupFolder) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_RESULT_LIMIT = 10_000;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_EXTRACTION_TIMEOUT = Duration.ofSeconds(120);
    /** The folder {@code astrolabe backup} writes to by default, beside the default store. */
    public static final Path DEFAULT_BACKUP_FOLDER = Path.of("data", "backups");
    public static final List<String> DEFAULT_STATIC_RESOURCES = List.of("/public", "/META-INF/resources/astrolabe-ui");

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(baseIri, "baseIri");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(extractionTimeout, "extractionTimeout");
        Objects.requireNonNull(backupFolder, "backupFolder");
        if (extractionTimeout.isNegative() || extractionTimeout.isZero()) {
            throw new IllegalArgumentException("The extraction timeout must be positive: " + extractionTimeout);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be in 0..65535: " + port);
        }
        if (resultLimit < 1) {
            throw new IllegalArgumentException("The result limit must be positive: " + resultLimit);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("The body size limit must be positive: " + maxBodyBytes);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("The query timeout must be positive: " + queryTimeout);
        }
        if (writeToken != null && writeToken.isBlank()) {
            writeToken = null;
        }
        corsOrigins = List.copyOf(corsOrigins);
        staticResources = List.copyOf(staticResources);
    }

    /** Loopback, port 8080, the default base, writes disabled, 30 s timeout, 10 000 results, 1 MB bodies, backups in data/backups. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, KG.RESOURCE_BASE, null, DEFAULT_QUERY_TIMEOUT,
                DEFAULT_RESULT_LIMIT, DEFAULT_MAX_BODY_BYTES, List.of(), DEFAULT_STATIC_RESOURCES, DEFAULT_EXTRACTION_TIMEOUT,
                DEFAULT_BACKUP_FOLDER);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, baseIri, writeToken, queryTimeout, resultLimit, maxBodyBytes, corsOrigins, staticResources, extractionTimeout, backupFolder);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, baseIri, writeToken, queryTimeout, resultLimit, maxBodyBytes, corsOrigins, staticResources, extractionTimeout, backupFolder);
    }

    public ServerConfig withBaseIri(String value) {
        return new ServerConfig(host, port, value, writeToken, queryTimeout, resultLimit, maxBodyBytes, corsOrigins, staticResources, extractionTimeout, backupFolder);
    }

    public ServerConfig withWriteToken(String value) {
        return new ServerConfig(host, port, baseIri, value, queryTimeout, resultLimit, maxBodyBytes, corsOrigins, staticResources, extractionTimeout, backupFolder);
    }

    public ServerConfig withQueryTimeout(Duration value) {
        return new ServerConfig(host, port, baseIri, writeToken, value, resultLimit, maxBodyBytes, corsOrigins, staticResources, extractionTimeout, backupFolder);
    }

    public ServerConfig withResultLimit(int value) {
        return new ServerConfig(host, port, baseIri, writeToken, queryTimeout, value, maxBodyBytes, corsOrigins, staticResources, extractionTimeout, backupFolder);
    }

    public ServerConfig withMaxBodyBytes(long value) {
        return new ServerConfig(host, port, baseIri, writeToken, queryTimeout, resultLimit, value, corsOrigins, staticResources, extractionTimeout, backupFolder);
    }

    public ServerConfig withCorsOrigins(List<String> value) {
        return new ServerConfig(host, port, baseIri, writeToken, queryTimeout, resultLimit, maxBodyBytes, value, staticResources, extractionTimeout, backupFolder);
    }

    public ServerConfig withStaticResources(List<String> value) {
        return new ServerConfig(host, port, baseIri, writeToken, queryTimeout, resultLimit, maxBodyBytes, corsOrigins, value, extractionTimeout, backupFolder);
    }

    public ServerConfig withExtractionTimeout(Duration value) {
        return new ServerConfig(host, port, baseIri, writeToken, queryTimeout, resultLimit, maxBodyBytes, corsOrigins, staticResources, value, backupFolder);
    }

    public ServerConfig withBackupFolder(Path value) {
        return new ServerConfig(host, port, baseIri, writeToken, queryTimeout, resultLimit, maxBodyBytes, corsOrigins, staticResources, extractionTimeout, value);
    }

    /** True when writes are possible at all (a token is configured). */
    public boolean writesEnabled() {
        return writeToken != null;
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", baseIri=" + baseIri + ", writes="
                + (writesEnabled() ? "token" : "disabled") + ", queryTimeout=" + queryTimeout + ", resultLimit="
                + resultLimit + ", maxBodyBytes=" + maxBodyBytes + ", corsOrigins=" + corsOrigins + ", backupFolder=" + backupFolder + "]";
    }
}
