package org.secondlook.review.oversight;

import java.util.List;
import java.util.Optional;

/** The figures in print order, and how long the database took to compute them. */
public record Metrics(List<Figure> figures, long computeMillis) {
    public Metrics {
        figures = List.copyOf(figures);
    }

    /** The value of the figure {@code name}, if printed. */
    public Optional<String> value(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).map(Figure::value).findFirst();
    }
}
