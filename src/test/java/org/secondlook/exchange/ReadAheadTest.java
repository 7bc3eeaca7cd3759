package org.secondlook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rows read ahead on their own thread reach the writer complete, in order, and failures with them. */
class ReadAheadTest {
    @Test
    void everyRowArrivesInOrderAcrossManyBatches() {
        int rows = ReadAhead.BATCH * ReadAhead.BATCHES * 3 + 17; // more than the queue holds, and a part batch
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> it = new ReadAhead<>(IntStream.range(0, rows).boxed(), "test")) {
            it.forEachRemaining(seen::add);
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, rows).boxed().toList());
    }

    @Test
    void aFailureWhileReadingReachesTheWriterAfterTheRowsBeforeIt() {
        Stream<Integer> failing = IntStream.range(0, 1000).boxed().peek(i -> {
            if (i == 600) {
                throw new IllegalStateException("The database could not be read");
            }
        });
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> it = new ReadAhead<>(failing, "test")) {
            assertThatThrownBy(() -> it.forEachRemaining(seen::add)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("The database could not be read");
        }
        assertThat(seen).hasSize(600);
    }

    @Test
    void closingEarlyStopsTheReaderBeforeReturningSoTheStreamMayBeClosed() {
        AtomicInteger read = new AtomicInteger();
        AtomicReference<String> readerThread = new AtomicReference<>();
        Stream<Integer> endless = Stream.iterate(0, i -> i + 1).peek(i -> {
            read.incrementAndGet();
            readerThread.set(Thread.currentThread().getName());
        });
        ReadAhead<Integer> it = new ReadAhead<>(endless, "Decisions");
        assertThat(it.next()).isZero();
        it.close(); // the writer gave up (a cancel): the reading thread has ended when close returns
        int atClose = read.get();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("export-read-Decisions"));
        assertThat(read.get()).isEqualTo(atClose);
        assertThat(readerThread.get()).isEqualTo("export-read-Decisions");
    }
}
