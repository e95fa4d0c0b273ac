package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ExtractorLoaderTest {

    @Test
    void laterLoadsOnlyOnceStartedAndOnlyOnce() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        ExtractorLoader loader = ExtractorLoader.later(() -> {
            loads.incrementAndGet();
            return new DocumentIngestionTest.KnownAgencies();
        });
        Thread.sleep(100);
        assertThat(loads).hasValue(0);
        assertThat(loader.ready()).isFalse();

        loader.start();
        loader.start();
        loader.whenReady().get(10, TimeUnit.SECONDS);

        assertThat(loader.ready()).isTrue();
        assertThat(loader.extractor()).isPresent();
        assertThat(loads).hasValue(1);
    }
}
