package org.astrolabe.bench.sections;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Runs in a child JVM: Apache Jena Fuseki (jena-fuseki-main, its embedded server as documented) serving
 * a TDB2 folder read-only at {@code /ds} with the union of the named graphs as default graph, as
 * Astrolabe's server does. Started from code rather than with {@code FusekiMainCmd} because the command
 * insists on Log4j 2 for its logging, which the harness does not carry. Arguments: TDB2 folder, port.
 */
public final class FusekiChild {
    private FusekiChild() {}

    public static void main(String[] args) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(args[0]);
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create()
                .port(Integer.parseInt(args[1]))
                .loopback(true)
                .add("/ds", dataset, false)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            TDBInternal.expel(dataset);
        }));
        server.start();
        System.out.println("Fuseki " + server.getPort() + " serving " + args[0]);
        server.join();
    }
}
