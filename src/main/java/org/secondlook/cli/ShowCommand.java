package org.secondlook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.cases.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code show ID}: one case — fields, résumé text as stored, the tool's evidence and the analyzer's findings. */
@Command(name = "show", description = "Show one case: fields, résumé text, the tool's evidence and the analyzer's findings.")
public class ShowCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Parameters(paramLabel = "ID", description = "The applicant_id from the batch.")
    String applicantId;

    @Option(names = "--version", paramLabel = "N", description = "Show résumé version N instead of the current one.")
    Integer version;

    @Override
    public Integer call() throws Exception {
        try (ReviewSession session = root.login()) {
            CaseDetail d = version == null ? session.cases().load(applicantId) : session.cases().load(applicantId, version);
            CaseSummary s = d.summary();
            PrintWriter out = root.out();
            field(out, "applicant_id", s.applicantId());
            field(out, "full_name", s.fullName());
            field(out, "email", d.email());
            field(out, "phone", d.phone());
            field(out, "field_office", s.fieldOffice());
            field(out, "status", d.employmentStatus());
            field(out, "hire_date", d.hireDate());
            field(out, "state", s.state().code());
            field(out, "classifier_label", s.classifierLabel());
            field(out, "classifier_score", d.classifierScore());
            field(out, "classifier_model", d.classifierModel());
            field(out, "verdict", s.verdict());
            field(out, "le_months", s.leMonths());
            field(out, "risk", String.format(java.util.Locale.ROOT, "%.3f", s.risk()));
            field(out, "imported_at", s.importedAt());
            field(out, "decided_by", s.decidedBy());
            field(out, "resume_version", d.resumeVersionNo() + " (versions: "
                    + d.resumeVersions().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
            field(out, "resume_source", (d.resumeSourceFile() == null ? "inline" : d.resumeSourceFile())
                    + " (" + d.resumeSourceType() + ")");
            out.println();
            out.println("--- résumé text (" + d.resumeText().length() + " characters) ---");
            out.println(d.resumeText());
            out.println("--- end of résumé text ---");
            out.println();
            spans(out, "tool evidence", d.toolEvidence());
            spans(out, "analyzer findings", d.findings());
            return ExitCode.OK;
        }
    }

    private static void field(PrintWriter out, String name, Object value) {
        out.println(name + " = " + (value == null ? "" : value));
    }

    private static void spans(PrintWriter out, String title, java.util.List<Span> spans) {
        out.println(title + " (" + spans.size() + "):");
        for (Span sp : spans) {
            out.println("  [" + sp.start() + ", " + sp.end() + ") " + sp.kind() + " \"" + sp.text().replace("\n", "\\n")
                    + "\"" + (sp.explanation() == null || sp.explanation().isBlank() ? "" : " - " + sp.explanation()));
        }
    }
}
