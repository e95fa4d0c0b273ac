package org.astrolabe.api;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Points what a SPARQL update writes to (or clears in) the default graph at the named graph that stands for
 * it. Queries see the union of the named graphs as their default graph; a triple written to the store's own
 * default graph would be outside that union and invisible to every query, so "the default graph" an update
 * writes is that named graph, which the union includes. Reading the default graph (WHERE) still reads the union.
 */
final class DefaultGraphWrites {
    private final Node graph;

    DefaultGraphWrites(Node graph) {
        this.graph = graph;
    }

    UpdateRequest redirect(UpdateRequest request) {
        UpdateRequest redirected = new UpdateRequest();
        redirected.setPrefixMapping(request.getPrefixMapping());
        if (request.explicitlySetBaseURI()) {
            redirected.setBaseURI(request.getBaseURI());
        }
        request.getOperations().forEach(op -> redirected.add(redirect(op)));
        return redirected;
    }

    private Update redirect(Update op) {
        if (op instanceof UpdateDataInsert insert) {
            return new UpdateDataInsert(new QuadDataAcc(quads(insert.getQuads())));
        }
        if (op instanceof UpdateDataDelete delete) {
            return new UpdateDataDelete(new QuadDataAcc(quads(delete.getQuads())));
        }
        if (op instanceof UpdateDeleteWhere deleteWhere) {
            return new UpdateDeleteWhere(new QuadAcc(quads(deleteWhere.getQuads())));
        }
        if (op instanceof UpdateModify modify && modify.getWithIRI() == null) {
            UpdateModify redirected = new UpdateModify();
            redirected.setElement(modify.getWherePattern());
            modify.getUsing().forEach(redirected::addUsing);
            modify.getUsingNamed().forEach(redirected::addUsingNamed);
            redirected.setHasDeleteClause(modify.hasDeleteClause());
            redirected.setHasInsertClause(modify.hasInsertClause());
            quads(modify.getDeleteQuads()).forEach(redirected.getDeleteAcc()::addQuad);
            quads(modify.getInsertQuads()).forEach(redirected.getInsertAcc()::addQuad);
            return redirected;
        }
        if (op instanceof UpdateClear clear && clear.isDefault()) {
            return new UpdateClear(graph, true);
        }
        if (op instanceof UpdateDrop drop && drop.isDefault()) {
            return new UpdateDrop(graph, true);
        }
        if (op instanceof UpdateCopy copy) {
            return new UpdateCopy(target(copy.getSrc()), target(copy.getDest()), copy.isSilent());
        }
        if (op instanceof UpdateMove move) {
            return new UpdateMove(target(move.getSrc()), target(move.getDest()), move.isSilent());
        }
        if (op instanceof UpdateAdd add) {
            return new UpdateAdd(target(add.getSrc()), target(add.getDest()), add.isSilent());
        }
        return op;
    }

    private List<Quad> quads(List<Quad> quads) {
        return quads.stream().map(q -> q.isDefaultGraph() ? Quad.create(graph, q.asTriple()) : q).toList();
    }

    private Target target(Target target) {
        return target.isDefault() ? Target.create(graph) : target;
    }
}
