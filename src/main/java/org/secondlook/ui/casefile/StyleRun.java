package org.secondlook.ui.casefile;

import java.util.List;

/** A stretch of résumé text [start, end) and the style classes it carries (empty: plain text). */
public record StyleRun(int start, int end, List<String> styleClasses) {
    public StyleRun {
        styleClasses = List.copyOf(styleClasses);
    }

    public int length() {
        return end - start;
    }
}
