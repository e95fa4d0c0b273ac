package org.astrolabe.core.store.remote;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.GraphStoreContractTest;
import org.junit.jupiter.api.AfterEach;

/** The store contract, through HTTP, against a real Fuseki server on loopback (one empty server per store). */
class RemoteSparqlGraphStoreContractTest extends GraphStoreContractTest {
    private final List<FusekiOnLoopback> servers = new ArrayList<>();

    @Override
    protected GraphStore createStore(Iris iris, Clock clock) {
        FusekiOnLoopback fuseki = FusekiOnLoopback.start();
        servers.add(fuseki);
        return RemoteSparqlGraphStore.connect(SparqlEndpoints.fuseki(fuseki.datasetUrl()), iris, clock);
    }

    @AfterEach
    void stopServers() {
        servers.forEach(FusekiOnLoopback::close);
    }
}
