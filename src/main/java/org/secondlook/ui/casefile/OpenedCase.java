package org.secondlook.ui.casefile;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.CaseQueries;
import org.secondlook.review.cases.Span;

/**
 * A case ready for the screen: the detail as loaded, every highlighted span in text order, the
 * style runs for the text area and the timeline. Built off the FX thread (and by the benchmark).
 */
public record OpenedCase(CaseDetail detail, List<Span> spans, List<StyleRun> runs, List<TimelineEntry> timeline) {

    public static OpenedCase of(CaseDetail detail, YearMonth today) {
        String text = detail.resumeText() == null ? "" : detail.resumeText();
        List<Span> spans = new ArrayList<>(detail.toolEvidence().size() + detail.findings().size());
        spans.addAll(detail.toolEvidence());
        spans.addAll(detail.findings());
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return new OpenedCase(detail, List.copyOf(spans), HighlightStyles.compute(text.length(), spans),
                TimelineEntries.from(text, detail.findings(), today));
    }

    /**
     * The same case with the words of a search marked as well (drawn under the findings' own look; they
     * are not findings: the list and next/previous keep to the findings).
     */
    public OpenedCase withSearch(List<String> terms) {
        List<Span> matches = SearchMatches.in(detail.resumeText(), terms);
        if (matches.isEmpty()) {
            return this;
        }
        List<Span> all = new ArrayList<>(matches);
        all.addAll(spans);
        String text = detail.resumeText() == null ? "" : detail.resumeText();
        return new OpenedCase(detail, spans, HighlightStyles.compute(text.length(), all), timeline);
    }

    /** Loads and prepares the current version of a case. */
    public static OpenedCase load(CaseQueries queries, String applicantId, YearMonth today) {
        return of(queries.load(applicantId), today);
    }
}
