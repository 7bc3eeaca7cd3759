package org.secondlook.ui.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.secondlook.domain.FindingCategory;
import org.secondlook.review.cases.Span;

/**
 * Turns the highlighted spans of a résumé into style runs for the text area: a pure function, no
 * toolkit, so the "open next case" benchmark can time it. Overlapping spans are merged: each run
 * carries the classes of every span that covers it. Runs cover the whole text, in order.
 */
public final class HighlightStyles {
    /**
     * The kinds the stylesheet knows: the tool's evidence, then every {@link FindingCategory} in its order, then the search words;
     * anything else is drawn as {@code hl-other}.
     */
    public static final List<String> KNOWN_KINDS = Stream.concat(Stream.of(Span.TOOL_EVIDENCE),
            Stream.concat(Arrays.stream(FindingCategory.values()).map(FindingCategory::name),
                    Stream.of(SearchMatches.KIND))).toList();
    private static final Set<String> KNOWN = Set.copyOf(KNOWN_KINDS);

    private HighlightStyles() {
    }

    /** The style class for a span kind, e.g. {@code hl-non-le-officer-title}. */
    public static String styleClass(String kind) {
        if (kind == null || !KNOWN.contains(kind)) {
            return "hl-other";
        }
        return "hl-" + kind.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param textLength length of the résumé text; spans are clipped to it and empty ones dropped
     * @return runs covering [0, textLength) without gaps; a text of length 0 gives no runs
     */
    public static List<StyleRun> compute(int textLength, List<org.secondlook.review.cases.Span> spans) {
        List<StyleRun> runs = new ArrayList<>();
        if (textLength <= 0) {
            return runs;
        }
        int n = spans.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] classes = new String[n];
        int m = 0;
        for (org.secondlook.review.cases.Span s : spans) {
            int a = Math.max(0, s.start());
            int b = Math.min(textLength, s.end());
            if (a < b) {
                starts[m] = a;
                ends[m] = b;
                classes[m] = styleClass(s.kind());
                m++;
            }
        }
        int[] cuts = new int[2 * m + 2];
        int c = 0;
        cuts[c++] = 0;
        cuts[c++] = textLength;
        for (int i = 0; i < m; i++) {
            cuts[c++] = starts[i];
            cuts[c++] = ends[i];
        }
        Arrays.sort(cuts, 0, c);
        int prev = -1;
        for (int k = 0; k < c; k++) {
            int cut = cuts[k];
            if (prev >= 0 && cut > prev) {
                runs.add(new StyleRun(prev, cut, classesOver(prev, cut, starts, ends, classes, m)));
            }
            prev = cut;
        }
        return mergeAdjacent(runs);
    }

    private static List<String> classesOver(int a, int b, int[] starts, int[] ends, String[] classes, int m) {
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i < m; i++) {
            if (starts[i] <= a && ends[i] >= b && !out.contains(classes[i])) {
                out.add(classes[i]);
            }
        }
        // the tool's box first, then the findings, so the finding's look wins where rules compete
        out.sort((x, y) -> Boolean.compare(!x.equals("hl-tool-evidence"), !y.equals("hl-tool-evidence")));
        return out;
    }

    private static List<StyleRun> mergeAdjacent(List<StyleRun> runs) {
        List<StyleRun> out = new ArrayList<>(runs.size());
        for (StyleRun r : runs) {
            StyleRun last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.styleClasses().equals(r.styleClasses())) {
                out.set(out.size() - 1, new StyleRun(last.start(), r.end(), last.styleClasses()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
