package org.secondlook.ui.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.secondlook.domain.ReviewState;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.cases.Span;

/** Realistic fictitious cases for looking at the window (screenshots) without a database. */
public final class PreviewData {
    private static final String[] FIRST = {"Jordan", "Avery", "Casey", "Riley", "Morgan", "Taylor", "Jamie", "Quinn", "Dana", "Skyler", "Reese", "Parker"};
    private static final String[] LAST = {"Reyes", "Nguyen", "Okafor", "Lindqvist", "Haddad", "Moreno", "Kowalski", "Brennan", "Castillo", "Yamada", "Ferreira", "Adeyemi"};
    private static final String[] OFFICES = {"Phoenix", "El Paso", "Denver", "Atlanta", "Seattle", "Chicago"};

    record Template(String text, String label, String verdict, Integer months, String[][] findings) {
    }

    static final Template POLICE = new Template("""
            {NAME}
            Phoenix, AZ

            SUMMARY
            Former police officer with eight years of patrol and investigations experience.

            EXPERIENCE
            Police Officer, City of Mesa Police Department
            Jan 2011 - Aug 2019
            Patrol, traffic enforcement, arrests and case reports; field training officer from 2016.

            Loan Officer, Desert Sun Credit Union
            Sep 2019 - Present
            Consumer loans and compliance reviews.

            Records Clerk, Tempe Police Department
            2008 - 2010
            Civilian records staff; no arrest powers.

            EDUCATION
            Arizona Law Enforcement Academy, Basic Peace Officer Certification, 2010
            B.A. Criminal Justice, Arizona State University; coursework in police administration

            REFERENCES
            Sgt. Maria Lopez, Mesa Police Department, my former supervisor and an officer since 2002
            """, "LEO", "LE", 104, new String[][] {
            {"Police Officer, City of Mesa Police Department", "LE_EMPLOYMENT", "A sworn municipal police officer role with dates: Jan 2011 to Aug 2019 (104 months)."},
            {"Loan Officer", "NON_LE_OFFICER_TITLE", "A loan officer works in lending; the title says officer but it is not law enforcement."},
            {"Records Clerk, Tempe Police Department", "CIVILIAN_IN_LE_AGENCY", "A civilian job inside a police department; the text says there were no arrest powers."},
            {"Basic Peace Officer Certification", "LE_TRAINING", "Academy training; it supports, but does not replace, sworn service."},
            {"coursework in police administration", "COURSEWORK", "University coursework, not employment."},
            {"an officer since 2002", "THIRD_PARTY", "Describes the reference, not the applicant."}});

    static final Template COMPLIANCE = new Template("""
            {NAME}
            Denver, CO

            PROFILE
            Compliance Officer with ten years in banking regulation. I hope to become an ICE officer one day.

            EXPERIENCE
            Chief Compliance Officer, First Harbor Bank
            2016 - 2024
            Anti-money-laundering programme, regulator liaison, staff training.

            Information Security Officer, Front Range Credit Union
            2012 - 2016

            VOLUNTEERING
            Neighbourhood watch coordinator; I was never a police officer.
            """, "LEO", "NOT_LE", 0, new String[][] {
            {"Compliance Officer with ten years in banking", "NON_LE_OFFICER_TITLE", "A compliance officer enforces bank rules, not criminal law."},
            {"I hope to become an ICE officer", "ASPIRATION", "Wanting to become an officer is not service."},
            {"Chief Compliance Officer", "NON_LE_OFFICER_TITLE", "A corporate executive title."},
            {"Information Security Officer", "NON_LE_OFFICER_TITLE", "An IT security role."},
            {"I was never a police officer", "NEGATION", "The applicant says they were not an officer."}});

    static final Template CORRECTIONS = new Template("""
            {NAME}
            El Paso, TX

            EXPERIENCE
            Detention Officer, El Paso County Jail
            Mar 2014 - Dec 2020
            Inmate supervision, bookings, transport.

            Security Officer, Sun City Mall
            2012 - 2014
            """, "LEO", "UNCERTAIN", null, new String[][] {
            {"Detention Officer, El Paso County Jail", "POLICY_DEPENDENT_ROLE", "Detention officers are sworn in some states and not in others; the policy leaves this to a person."},
            {"Security Officer, Sun City Mall", "NON_LE_OFFICER_TITLE", "Private security, not law enforcement."}});

    private PreviewData() {
    }

    static CaseDetail make(String id, String name, String office, Template t, ReviewState state, double risk, String decidedBy) {
        String text = t.text().replace("{NAME}", name.toUpperCase(Locale.ROOT));
        List<Span> tool = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf("officer"); at >= 0; at = lower.indexOf("officer", at + 1)) {
            tool.add(new Span(at, at + 7, Span.TOOL_EVIDENCE, text.substring(at, at + 7), "The screening tool matched \u201cofficer\u201d."));
        }
        List<Span> findings = new ArrayList<>();
        for (String[] f : t.findings()) {
            findings.add(Samples.span(text, f[0], f[1], f[2]));
        }
        CaseSummary s = new CaseSummary(id, name, office, org.secondlook.domain.ClassifierLabel.parse(t.label()).orElse(null), state,
                org.secondlook.domain.Verdict.parse(t.verdict()), t.months(), risk,
                FakeCases.importedAt(), decidedBy);
        return new CaseDetail(s, "applicant@example.org", "555-0100", "applicant", null, 1, List.of(1), text, id + ".pdf", "PDF",
                0.91, "keyword-rule-2024", tool, findings, 1);
    }

    /** {@code n} cases, a few decided, with realistic résumés. */
    public static List<CaseDetail> cases(int n, long seed) {
        Random r = new Random(seed);
        Template[] templates = {COMPLIANCE, POLICE, CORRECTIONS};
        List<CaseDetail> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Template t = templates[i % templates.length];
            String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            double risk = t == COMPLIANCE ? 0.8 + r.nextDouble() * 0.2 : t == CORRECTIONS ? 0.45 + r.nextDouble() * 0.3 : r.nextDouble() * 0.3;
            boolean decided = r.nextInt(60) == 0;
            out.add(make(String.format("AZ-%05d", 10000 + i), name, OFFICES[r.nextInt(OFFICES.length)], t,
                    decided ? ReviewState.DECIDED : ReviewState.NEW, risk, decided ? "rivera" : null));
        }
        return out;
    }
}
