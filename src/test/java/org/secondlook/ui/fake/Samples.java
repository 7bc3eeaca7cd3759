package org.secondlook.ui.fake;

import java.util.ArrayList;
import java.util.List;
import org.secondlook.domain.ReviewState;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.cases.Span;

/** Fictitious applicants with résumés and spans at known offsets. */
public final class Samples {
    public static final String DEPUTY_TEXT = "DANA WHITFIELD\nExperience\nDeputy Sheriff, Travis County Sheriff's Office\n"
            + "Mar 2012 - Jun 2018\nPatrol deputy; arrests, reports, court testimony.\n"
            + "Loss Prevention Officer, Big Box Stores\n2018 - 2020\n";
    public static final String COMPLIANCE_TEXT = "MORGAN ELLIS\nCompliance Officer, First Harbor Bank\n2015 - 2022\n"
            + "Reviewed loan files. I hope to become an ICE officer one day.\n";

    private Samples() {
    }

    public static Span span(String text, String needle, String kind, String why) {
        int at = text.indexOf(needle);
        if (at < 0) {
            throw new IllegalArgumentException(needle);
        }
        return new Span(at, at + needle.length(), kind, needle, why);
    }

    public static CaseDetail deputy() {
        String t = DEPUTY_TEXT;
        return detail("A-1001", "Dana Whitfield", "Austin", "LEO", "LE", 75, 0.42, t,
                List.of(span(t, "Officer", Span.TOOL_EVIDENCE, "The screening tool matched \"officer\".")),
                List.of(span(t, "Deputy Sheriff", "LE_EMPLOYMENT", "A sworn deputy sheriff role with dates."),
                        span(t, "Loss Prevention Officer", "NON_LE_OFFICER_TITLE", "Loss prevention is private security, not law enforcement.")));
    }

    public static CaseDetail compliance() {
        String t = COMPLIANCE_TEXT;
        int second = t.indexOf("officer one day");
        return detail("A-1002", "Morgan Ellis", "Denver", "LEO", "NOT_LE", 0, 0.97, t,
                List.of(span(t, "Officer", Span.TOOL_EVIDENCE, "The screening tool matched \"officer\"."),
                        new Span(second, second + 7, Span.TOOL_EVIDENCE, "officer", "The screening tool matched \"officer\".")),
                List.of(span(t, "Compliance Officer", "NON_LE_OFFICER_TITLE", "A compliance officer works for a bank, not a police agency."),
                        span(t, "I hope to become an ICE officer", "ASPIRATION", "Wanting to become an officer is not service.")));
    }

    public static CaseDetail detail(String id, String name, String office, String label, String verdict, Integer months,
                                    double risk, String text, List<Span> tool, List<Span> findings) {
        CaseSummary s = new CaseSummary(id, name, office, org.secondlook.domain.ClassifierLabel.parse(label).orElse(null),
                ReviewState.NEW, org.secondlook.domain.Verdict.parse(verdict), months, risk, FakeCases.importedAt(), null);
        return new CaseDetail(s, "x@example.org", "555-0100", "applicant", null, 1, List.of(1), text, id + ".txt", "TXT", 0.9,
                "keyword-v1", tool, findings, 1);
    }

    /** {@code n} generated cases with descending risk, ids C000000… */
    public static List<CaseDetail> many(int n) {
        List<CaseDetail> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = "Applicant " + i + "\nSecurity Officer, Acme\n";
            out.add(detail(String.format("C%06d", i), "Person " + i, i % 2 == 0 ? "Austin" : "Denver", "LEO", "NOT_LE", 0,
                    1.0 - i / (double) n, text, List.of(span(text, "Officer", Span.TOOL_EVIDENCE, "match")), List.of()));
        }
        return out;
    }
}
