package org.astrolabe.core.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.astrolabe.core.curation.CuratedView;

/**
 * Makes TDB2's own query engine hide what a {@link CuratedView} hides, with TDB2's quad filter: a predicate
 * on the node ids of every quad the engine reads from its indexes (the union default graph included). The
 * engine keeps its joins on node ids; the filter costs one hash lookup per quad read, and is not installed at
 * all while there are no reviews, so a store without reviews runs queries exactly as before.
 *
 * <p>Node ids belong to one generation of the database: the filter is rebuilt after every write that the
 * view depends on and after a compaction.
 */
final class CuratedQueryFilter {
    private CuratedQueryFilter() {}

    static void install(DatasetGraph storage, CuratedView view) {
        if (view.isEmpty()) {
            storage.getContext().remove(SystemTDB.symTupleFilter);
            return;
        }
        Predicate<Tuple<NodeId>> filter = Txn.calculateRead(storage, () -> build(storage, view));
        if (filter == null) {
            storage.getContext().remove(SystemTDB.symTupleFilter);
        } else {
            storage.getContext().set(SystemTDB.symTupleFilter, filter);
        }
    }

    /** The filter (true: the quad is visible), or null when nothing the view hides is in the store. */
    private static Predicate<Tuple<NodeId>> build(DatasetGraph storage, CuratedView view) {
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(storage).getQuadTable().getNodeTupleTable().getNodeTable();
        Set<NodeId> subjects = new HashSet<>();
        Set<List<NodeId>> statements = new HashSet<>();
        Map<NodeId, Set<NodeId>> evidence = new HashMap<>();
        Set<List<NodeId>> everywhere = new HashSet<>();
        view.hiddenStatements().forEach(q -> {
            List<NodeId> ids = ids(nodes, q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
            if (ids != null) {
                statements.add(ids);
                subjects.add(ids.get(1));
            }
        });
        view.hiddenEvidence().forEach((graph, facts) -> {
            NodeId g = id(nodes, graph);
            if (g == null) {
                return;
            }
            for (Node fact : facts) {
                NodeId f = id(nodes, fact);
                if (f != null) {
                    evidence.computeIfAbsent(g, k -> new HashSet<>()).add(f);
                    subjects.add(f);
                }
            }
        });
        view.hiddenEverywhere().forEach(t -> {
            List<NodeId> ids = ids(nodes, t.getSubject(), t.getPredicate(), t.getObject());
            if (ids != null) {
                everywhere.add(ids);
                subjects.add(ids.get(0));
            }
        });
        if (subjects.isEmpty()) {
            return null;
        }
        return tuple -> {
            if (tuple.len() != 4) {
                return true;
            }
            NodeId s = tuple.get(1);
            if (!subjects.contains(s)) {
                return true;
            }
            NodeId g = tuple.get(0);
            Set<NodeId> facts = evidence.get(g);
            if (facts != null && facts.contains(s)) {
                return false;
            }
            NodeId p = tuple.get(2);
            NodeId o = tuple.get(3);
            return !statements.contains(List.of(g, s, p, o)) && !everywhere.contains(List.of(s, p, o));
        };
    }

    private static List<NodeId> ids(NodeTable nodes, Node... terms) {
        NodeId[] ids = new NodeId[terms.length];
        for (int i = 0; i < terms.length; i++) {
            ids[i] = id(nodes, terms[i]);
            if (ids[i] == null) {
                return null;
            }
        }
        return List.of(ids);
    }

    private static NodeId id(NodeTable nodes, Node node) {
        NodeId id = nodes.getNodeIdForNode(node);
        return id == null || NodeId.isDoesNotExist(id) || NodeId.isAny(id) ? null : id;
    }
}
