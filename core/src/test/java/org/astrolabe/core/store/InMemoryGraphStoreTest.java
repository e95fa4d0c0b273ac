package org.astrolabe.core.store;

import java.time.Clock;

import org.astrolabe.core.model.Iris;

class InMemoryGraphStoreTest extends GraphStoreContractTest {
    @Override
    protected GraphStore createStore(Iris iris, Clock clock) {
        return InMemoryGraphStore.create(iris, clock);
    }
}
