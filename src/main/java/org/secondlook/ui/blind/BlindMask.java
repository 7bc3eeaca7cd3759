package org.secondlook.ui.blind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.cases.Span;

/**
 * Blind first: what the window may show of a case before the reviewer has chosen a track. The tool's
 * label, its score and model, the analyzer's verdict, counted months and risk are taken out; every
 * highlighted span keeps its place and words but becomes a plain {@link #MENTION} without explanation,
 * so nothing on screen says which way the tool or the analyzer went.
 */
public final class BlindMask {
    /** The kind of a span while blind: a mention of "officer" and the like, not yet explained. */
    public static final String MENTION = "MENTION";

    private BlindMask() {
    }

    public static CaseSummary summary(CaseSummary s) {
        if (s == null) {
            return null;
        }
        return new CaseSummary(s.applicantId(), s.fullName(), s.fieldOffice(), null, s.state(), null, null, 0.0,
                s.importedAt(), s.decidedBy());
    }

    public static CaseDetail detail(CaseDetail d) {
        if (d == null) {
            return null;
        }
        List<Span> all = new ArrayList<>(d.toolEvidence().size() + d.findings().size());
        for (List<Span> list : List.of(d.toolEvidence(), d.findings())) {
            for (Span s : list) {
                Span m = new Span(s.start(), s.end(), MENTION, s.text(), "");
                if (!all.contains(m)) {
                    all.add(m);
                }
            }
        }
        all.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return new CaseDetail(summary(d.summary()), d.email(), d.phone(), d.employmentStatus(), d.hireDate(),
                d.resumeVersionNo(), d.resumeVersions(), d.resumeText(), d.resumeSourceFile(), d.resumeSourceType(),
                null, null, List.of(), List.copyOf(all), d.lockVersion());
    }
}
