package org.secondlook.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.intake.ApplicantRecord;

/**
 * Fictitious applicants with résumés of a realistic size and layout, labelled as the screening
 * tool's keyword rule would have (any "officer" → LEO, its matches as evidence). Deterministic for
 * a seed. Test fixture: hands over ApplicantRecords directly, without a batch file.
 */
public final class GeneratedApplicants {
    private static final String[] FIRST = {"Avery", "Jordan", "Maria", "Daniel", "Priya", "Samuel", "Lena", "Marcus",
        "Grace", "Tomas", "Aisha", "Noah", "Elena", "Victor", "Hannah", "Omar", "Chloe", "Ravi", "Sofia", "Caleb"};
    private static final String[] LAST = {"Whitfield", "Okafor", "Lindqvist", "Moreno", "Castellano", "Nakamura",
        "Brennan", "Adeyemi", "Halvorsen", "Petrakis", "Duarte", "Kowalczyk", "Ashworth", "Villanueva", "Szabo"};
    private static final String[] OFFICES = {"ERO Newark", "ERO Chicago", "ERO Houston", "ERO Seattle", "ERO Miami"};
    private static final String[] ROLES = {
        "Police Officer, Riverside Police Department", "Deputy Sheriff, Marion County Sheriff's Office",
        "State Trooper, Ohio State Highway Patrol", "Compliance Officer, First Harbor Bank",
        "Loan Officer, Prairie Credit Union", "Chief Financial Officer, Delta Logistics",
        "Information Security Officer, Northwind Health", "Corrections Officer, State Department of Corrections",
        "Security Officer, Allied Guard Services", "Records Clerk, Metro Police Department",
        "Petty Officer Second Class, U.S. Navy", "Special Agent, Federal Bureau of Investigation",
        "Warehouse Associate, Blue Ridge Supply", "Customer Service Representative, Lakeside Telecom"};
    private static final String[] DUTIES = {
        "Responded to calls for service, wrote incident reports and testified in court.",
        "Reviewed transactions for regulatory compliance and prepared quarterly audit summaries.",
        "Supervised a team of six and trained new staff on procedures and safety.",
        "Maintained records, processed requests and answered public enquiries by phone and e-mail.",
        "Conducted patrols, traffic enforcement and community outreach in an assigned district.",
        "Managed budgets, vendor contracts and reporting for senior leadership.",
        "Monitored facility access, CCTV and incident logs during night shifts.",
        "Assisted investigators with case files, evidence logs and scheduling."};
    private static final String[] EXTRAS = {
        "I hope to become an ICE officer and serve my community.",
        "References: Sgt. Dana Ruiz, police officer, available on request.",
        "Volunteer: youth soccer coach and food bank driver.",
        "Certifications: CPR/AED, defensive driving, Microsoft Excel."};

    private final SplittableRandom random;

    public GeneratedApplicants(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The applicant for 1-based row {@code n}. */
    public ApplicantRecord next(int n) {
        String first = pick(FIRST);
        String last = pick(LAST);
        String name = first + " " + last;
        String id = String.format(Locale.ROOT, "A%07d", n);
        String text = resume(name);
        List<EvidenceSpan> evidence = evidence(text);
        ClassifierLabel label = evidence.isEmpty() ? ClassifierLabel.NON_LEO : ClassifierLabel.LEO;
        String email = first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + n + "@example.org";
        return new ApplicantRecord(n + 1, id, name, email, "555-01" + (n % 100), pick(OFFICES), "SELECTED",
                LocalDate.of(2024, 1 + n % 12, 1 + n % 28), text, null, "TEXT", label,
                label == ClassifierLabel.LEO ? 0.9 : 0.2, evidence, "keyword-screen 1.0", Map.of(), List.of());
    }

    private String resume(String name) {
        StringBuilder b = new StringBuilder(3000);
        b.append(name).append("\n").append("Summary\n")
                .append("Dependable professional with experience in public service, operations and customer care. ")
                .append("Known for clear written reports, calm under pressure and steady teamwork.\n\nExperience\n");
        int jobs = 2 + random.nextInt(3);
        int year = 2023;
        for (int j = 0; j < jobs; j++) {
            int span = 1 + random.nextInt(6);
            b.append(pick(ROLES)).append("\n").append(year - span).append(" - ").append(year).append("\n");
            for (int d = 0; d < 3; d++) {
                b.append("- ").append(pick(DUTIES)).append("\n");
            }
            year -= span;
        }
        b.append("\nEducation\nB.A. Criminal Justice, State University, ").append(year - 4).append("\n");
        b.append("Coursework in ethics, report writing, constitutional law and community relations.\n\n");
        b.append("Additional\n").append(pick(EXTRAS)).append("\n").append(pick(EXTRAS)).append("\n");
        b.append("Skills: bilingual (English/Spanish), first aid, scheduling software, data entry, de-escalation.\n");
        return b.toString();
    }

    private static List<EvidenceSpan> evidence(String text) {
        List<EvidenceSpan> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf("officer"); i >= 0; i = lower.indexOf("officer", i + 7)) {
            out.add(new EvidenceSpan(i, i + 7, "officer"));
        }
        return out;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
