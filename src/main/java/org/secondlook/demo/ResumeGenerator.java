package org.secondlook.demo;

import static org.secondlook.demo.WordLists.pick;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a realistic résumé (about 2–4 KB) for an invented person of a given archetype, in one of
 * several layouts. Deterministic: the same random source gives the same text.
 */
public final class ResumeGenerator {
    static final int MIN_CHARS = 2000;
    static final int MAX_CHARS = 4200;
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);
    private static final DateTimeFormatter SLASH = DateTimeFormatter.ofPattern("MM/yyyy", Locale.US);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM", Locale.US);

    private final WordLists words;
    private final RoleCatalog roles;

    public ResumeGenerator(WordLists words) {
        this.words = words;
        this.roles = new RoleCatalog(words);
    }

    String resume(Archetype type, Person person, Random rnd, YearMonth now) {
        List<Job> jobs = history(type, person, rnd, now);
        Job lead = type.formerLeo() && jobs.get(0).end() == null && jobs.size() > 2 ? jobs.get(1) : jobs.get(0);
        String summary = summary(type, lead, rnd, now);
        List<String> extras = extras(type, person, rnd);
        int layout = rnd.nextInt(4);
        int target = MIN_CHARS + rnd.nextInt(MAX_CHARS - MIN_CHARS - 500);
        StringBuilder sb = new StringBuilder(MAX_CHARS + 600);
        Layouts.header(sb, layout, person, rnd);
        Layouts.summary(sb, layout, summary);
        Layouts.jobs(sb, layout, jobs, rnd, formatter(rnd));
        for (int extraJobs = 0; sb.length() < target - 900 && extraJobs < 4; extraJobs++) {
            YearMonth end = jobs.get(jobs.size() - 1).start().minusMonths(1 + rnd.nextInt(4));
            Job older = roles.civilian(rnd, pick(rnd, words.places), new RoleCatalog.Span(end.minusMonths(12 + rnd.nextInt(40)), end));
            jobs.add(older);
            Layouts.jobs(sb, layout, List.of(older), rnd, formatter(rnd));
        }
        int graduated = jobs.get(jobs.size() - 1).start().getYear() - rnd.nextInt(4);
        Layouts.education(sb, layout, pick(rnd, words.schools), pick(rnd, EDUCATION), graduated);
        Layouts.list(sb, layout, "SKILLS", RoleCatalog.pickSome(rnd, SKILLS, 4 + rnd.nextInt(3)));
        List<String> optional = new ArrayList<>(List.of("CERTIFICATIONS", "ACCOMPLISHMENTS", "VOLUNTEER WORK"));
        java.util.Collections.shuffle(optional, rnd);
        for (String section : optional) {
            if (sb.length() >= target) {
                break;
            }
            List<String> pool = switch (section) {
                case "CERTIFICATIONS" -> CERTIFICATIONS;
                case "ACCOMPLISHMENTS" -> ACCOMPLISHMENTS;
                default -> VOLUNTEER;
            };
            Layouts.list(sb, layout, section, RoleCatalog.pickSome(rnd, pool, 2 + rnd.nextInt(3)));
        }
        for (String extra : extras) {
            sb.append(extra);
        }
        while (sb.length() < MIN_CHARS) {
            YearMonth end = jobs.get(jobs.size() - 1).start().minusMonths(1 + rnd.nextInt(4));
            Job older = roles.civilian(rnd, pick(rnd, words.places), new RoleCatalog.Span(end.minusMonths(12 + rnd.nextInt(40)), end));
            jobs.add(older);
            sb.append('\n');
            Layouts.jobs(sb, layout, List.of(older), rnd, formatter(rnd));
        }
        if (sb.length() > MAX_CHARS) {
            sb.setLength(sb.lastIndexOf("\n", MAX_CHARS) + 1);
        }
        return sb.toString();
    }

    private List<Job> history(Archetype type, Person person, Random rnd, YearMonth now) {
        List<Job> jobs = new ArrayList<>();
        YearMonth end = rnd.nextInt(3) == 0 ? null : now.minusMonths(1 + rnd.nextInt(30));
        YearMonth cursor = end == null ? now : end;
        boolean leadIsDefining = type != Archetype.ASPIRING_ICE_OFFICER && type != Archetype.THIRD_PARTY_OFFICER && type != Archetype.CIVILIAN;
        int months = 24 + rnd.nextInt(130);
        YearMonth start = cursor.minusMonths(months);
        if (leadIsDefining && type.formerLeo() && end == null) {
            // A former officer applying now has left the force; give a later civilian job first.
            YearMonth leoEnd = cursor.minusMonths(6 + rnd.nextInt(30));
            jobs.add(roles.civilian(rnd, person.home(), new RoleCatalog.Span(leoEnd.plusMonths(1), null)));
            start = leoEnd.minusMonths(months);
            jobs.add(roles.definingJob(type, rnd, person.home(), new RoleCatalog.Span(start, leoEnd)));
        } else if (leadIsDefining) {
            jobs.add(roles.definingJob(type, rnd, person.home(), new RoleCatalog.Span(start, end)));
        } else {
            jobs.add(roles.civilian(rnd, person.home(), new RoleCatalog.Span(start, end)));
        }
        YearMonth prevEnd = jobs.get(jobs.size() - 1).start().minusMonths(1 + rnd.nextInt(3));
        jobs.add(roles.civilian(rnd, pick(rnd, words.places), new RoleCatalog.Span(prevEnd.minusMonths(12 + rnd.nextInt(48)), prevEnd)));
        return jobs;
    }

    private static String summary(Archetype type, Job lead, Random rnd, YearMonth now) {
        int years = Math.max(2, (int) (lead.start().until(lead.end() == null ? now : lead.end(),
                java.time.temporal.ChronoUnit.MONTHS) / 12));
        return switch (type) {
            case POLICE_OFFICER -> pick(rnd, "Former police officer with " + years + " years of patrol and investigative experience.",
                    "Sworn municipal law enforcement professional; " + years + " years on patrol, field training and community policing.");
            case DEPUTY_SHERIFF -> "Sworn deputy with " + years + " years of patrol, court security and civil process experience.";
            case STATE_TROOPER -> "State trooper with " + years + " years of highway patrol and collision investigation.";
            case FEDERAL_AGENT -> "Federal law enforcement agent with " + years + " years of criminal investigations.";
            case CORPORATE_OFFICER -> "Experienced " + lead.title().toLowerCase(Locale.US) + " with a record of strong controls and growth.";
            case PETTY_OFFICER -> "Navy veteran and former petty officer with technical and leadership experience.";
            case CORRECTIONS_OFFICER -> "Correctional officer with " + years + " years of custody and inmate supervision.";
            case SECURITY_OFFICER -> "Licensed security officer focused on safety, access control and customer service.";
            case ASPIRING_ICE_OFFICER -> pick(rnd, "Objective: I hope to become an ICE officer and put my language skills to work for my country.",
                    "Career goal: to serve as an ICE officer. I am bilingual (English/Spanish) and ready for the academy.");
            case THIRD_PARTY_OFFICER, CIVILIAN -> "Dependable " + lead.title().toLowerCase(Locale.US) + " with " + years
                    + " years of experience and excellent references.";
            case POLICE_CIVILIAN -> "Civilian police department employee with " + years + " years in public safety support.";
        };
    }

    private List<String> extras(Archetype type, Person person, Random rnd) {
        List<String> out = new ArrayList<>();
        String ref = pick(rnd, words.firstNames) + " " + pick(rnd, words.lastNames);
        int line = rnd.nextInt(100);
        String phone = "(" + (200 + rnd.nextInt(700)) + ") 555-01" + (line < 10 ? "0" : "") + line;
        if (type == Archetype.THIRD_PARTY_OFFICER) {
            out.add(pick(rnd,
                    "REFERENCES\n" + ref + ", Police Officer, " + person.home().city() + " Police Department, " + phone + "\n"
                            + pick(rnd, words.firstNames) + " " + pick(rnd, words.lastNames) + ", Store Manager, " + phone + "\n",
                    "PERSONAL STATEMENT\nMy father served thirty years as a police officer, and his example is why I am applying.\n",
                    "COMMUNITY\nCoached youth basketball with the Police Athletic League, paired with a police officer mentor.\n",
                    "REFERENCES\nSgt. " + ref + " (retired police officer), " + phone + "\n",
                    "OTHER\nWorked with the school resource officer on campus safety drills.\n"));
        } else {
            out.add(pick(rnd, "REFERENCES\nAvailable on request.\n", "References available upon request.\n",
                    "REFERENCES\n" + ref + ", former supervisor, " + phone + "\n"));
        }
        return out;
    }

    private static DateTimeFormatter formatter(Random rnd) {
        return pick(rnd, LONG, SHORT, SLASH, ISO);
    }

    static final List<String> EDUCATION = List.of("B.S. Criminal Justice", "A.A.S. Business Administration", "B.A. Political Science",
            "High School Diploma", "A.S. Nursing", "B.B.A. Finance", "Certificate, Computer Networking", "B.S. Information Systems");
    static final List<String> SKILLS = List.of("Spanish (fluent)", "First aid and CPR", "Microsoft Excel", "Report writing",
            "Conflict resolution", "Vietnamese (conversational)", "Commercial driver's license", "Public speaking",
            "Budgeting", "Customer service", "Data entry (70 wpm)", "Team leadership", "Scheduling", "Arabic (conversational)");
    static final List<String> CERTIFICATIONS = List.of("CPR/AED, American Red Cross", "OSHA 30-Hour General Industry",
            "Notary Public", "CompTIA Security+", "Forklift operator certification", "ServSafe Food Protection Manager",
            "Crisis Intervention Team (40 hours)", "Lean Six Sigma Yellow Belt");
    static final List<String> ACCOMPLISHMENTS = List.of("Employee of the Quarter, twice", "Perfect attendance for three years",
            "Mentored four new hires to their first promotion", "Led the team's move to a paperless filing system",
            "Raised $12,000 for a local children's hospital", "Completed a bilingual service course");
    static final List<String> VOLUNTEER = List.of("Food bank driver, Saturdays", "Habitat for Humanity builds",
            "Youth soccer coach", "Adult literacy tutor", "Animal shelter volunteer", "Church treasurer", "Blood drive organizer");
}
