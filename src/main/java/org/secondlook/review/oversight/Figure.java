package org.secondlook.review.oversight;

/**
 * One figure as scripts read it: {@code name = value}. An empty value means the figure is undefined
 * (a share of nothing, a median of no case).
 */
public record Figure(String name, String value) {
    public Figure {
        value = value == null ? "" : value;
    }

    @Override
    public String toString() {
        return value.isEmpty() ? name + " =" : name + " = " + value;
    }
}
