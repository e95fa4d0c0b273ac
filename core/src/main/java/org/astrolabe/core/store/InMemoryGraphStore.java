package org.astrolabe.core.store;

import java.time.Clock;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.astrolabe.core.model.Iris;

/**
 * A {@link GraphStore} in memory (Jena's transactional in-memory dataset, MR+SW like TDB2), for tests and
 * short-lived work. Nothing survives {@link #close()}; {@link #compact()} has nothing to do.
 */
public final class InMemoryGraphStore extends DatasetGraphStore {

    private final UnionDefaultGraphView queryView;

    private InMemoryGraphStore(UnionDefaultGraphView queryView, Iris iris, Clock clock) {
        super(queryView.getWrapped(), DatasetFactory.wrap(queryView), iris, clock);
        this.queryView = queryView;
    }

    public static InMemoryGraphStore create() {
        return create(Iris.defaults(), Clock.systemUTC());
    }

    public static InMemoryGraphStore create(Iris iris, Clock clock) {
        InMemoryGraphStore store = new InMemoryGraphStore(new UnionDefaultGraphView(DatasetGraphFactory.createTxnMem()), iris, clock);
        store.startCuration();
        return store;
    }

    /** Queries leave out what the view hides (see {@link UnionDefaultGraphView}). */
    @Override
    protected void curatedViewChanged(org.astrolabe.core.curation.CuratedView view) {
        queryView.curate(view);
    }

    @Override
    public void compact() {
        ensureOpen();
    }

    @Override
    protected void release() {
        storage().close();
    }
}
