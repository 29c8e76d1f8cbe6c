package io.miningaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bench's live-heap figure hears of collections while it watches, and of none after it is closed. */
class LiveHeapTest {

    @Test
    void itRecordsTheHeapLeftAfterACollectionUntilClosed() throws Exception {
        long[] kept;
        long seen;
        try (LiveHeap heap = LiveHeap.watch()) {
            kept = new long[8 << 20];     // 64 MiB alive across the collection
            System.gc();
            for (int i = 0; i < 50 && heap.max() < (64L << 20); i++) {
                Thread.sleep(20);         // notifications arrive on another thread
            }
            seen = heap.max();
        }
        assertThat(kept).hasSize(8 << 20);
        assertThat(seen).isGreaterThanOrEqualTo(64L << 20);
    }
}
