package org.astrolabe.core.store.remote;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * A real Fuseki server on a free loopback port serving one in-memory TDB2 dataset configured as in
 * production: the default graph is the union of the named graphs.
 */
public final class FusekiOnLoopback implements AutoCloseable {
    private final FusekiServer server;
    private final DatasetGraph dataset;

    private FusekiOnLoopback(FusekiServer server, DatasetGraph dataset) {
        this.server = server;
        this.dataset = dataset;
    }

    public static FusekiOnLoopback start() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().loopback(true).port(0).verbose(false)
                .add("/astrolabe", dataset).build().start();
        return new FusekiOnLoopback(server, dataset);
    }

    /** The dataset's URL, e.g. {@code http://localhost:PORT/astrolabe}. */
    public String datasetUrl() {
        return "http://localhost:" + server.getHttpPort() + "/astrolabe";
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void close() {
        server.stop();
    }
}
