package org.secondlook.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Puts lines that come case by case (each case's lines next to each other, as a query ordered by the case
 * gives them) in order within each case, holding one case's lines at a time. The database then reads the
 * cases in their index's order and never sorts, or holds, the whole result.
 */
final class CaseRuns {
    private CaseRuns() {
    }

    /** {@code lines}, each case's run sorted by {@code order} (stable); closing the result closes {@code lines}. */
    static <T> Stream<T> sorted(Stream<T> lines, Function<? super T, String> caseOf, Comparator<? super T> order) {
        Iterator<T> in = lines.iterator();
        Spliterator<T> runs = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private final List<T> run = new ArrayList<>();
            private int next;
            private T ahead;

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (next == run.size() && !fill()) {
                    return false;
                }
                action.accept(run.get(next++));
                return true;
            }

            /** Reads the next case's run; false at the end. */
            private boolean fill() {
                run.clear();
                next = 0;
                if (ahead == null && !in.hasNext()) {
                    return false;
                }
                T first = ahead != null ? ahead : in.next();
                ahead = null;
                run.add(first);
                String c = caseOf.apply(first);
                while (in.hasNext()) {
                    T line = in.next();
                    if (!Objects.equals(c, caseOf.apply(line))) {
                        ahead = line;
                        break;
                    }
                    run.add(line);
                }
                run.sort(order);
                return true;
            }
        };
        return StreamSupport.stream(runs, false).onClose(lines::close);
    }
}
