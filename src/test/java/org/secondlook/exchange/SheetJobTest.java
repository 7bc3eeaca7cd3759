package org.secondlook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A sheet written on a thread of its own gets every row in order, and its failures and stops reach the caller. */
class SheetJobTest {
    @Test
    void everyRowIsWrittenInOrderBeforeAwaitReturns() {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        try (ReadAhead<Integer> rows = new ReadAhead<>(IntStream.range(0, 5000).boxed(), "test");
             SheetJob<Integer> job = new SheetJob<>("test", rows, written::add)) {
            job.await(() -> false);
            assertThat(written).containsExactlyElementsOf(IntStream.range(0, 5000).boxed().toList());
        }
    }

    @Test
    void aFailureWhileWritingIsThrownToTheCaller() {
        try (ReadAhead<Integer> rows = new ReadAhead<>(IntStream.range(0, 5000).boxed(), "test");
             SheetJob<Integer> job = new SheetJob<>("test", rows, i -> {
                 if (i == 3000) {
                     throw new IllegalStateException("The disk is full");
                 }
             })) {
            assertThatThrownBy(() -> job.await(() -> false)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("The disk is full");
        }
    }

    @Test
    void aCancelStopsAJobWhoseRowsNeverEnd() {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        try (ReadAhead<Integer> rows = new ReadAhead<>(Stream.iterate(0, i -> i + 1), "test");
             SheetJob<Integer> job = new SheetJob<>("test", rows, written::add)) {
            job.await(() -> written.size() > 10_000);
        }
        assertThat(written.size()).isGreaterThan(10_000);
    }

    @Test
    void closingStopsAJobWhoseRowsNeverEnd() {
        ReadAhead<Integer> rows = new ReadAhead<>(Stream.iterate(0, i -> i + 1), "test");
        SheetJob<Integer> job = new SheetJob<>("test", rows, i -> { });
        job.close();
        rows.close(); // returns: the job no longer reads, so the reader stops too
    }
}
