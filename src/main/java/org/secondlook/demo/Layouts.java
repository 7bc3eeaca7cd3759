package org.secondlook.demo;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The résumé layouts: classic headings, dates-first, federal style, and narrative. */
final class Layouts {
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MM/yyyy", Locale.US);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    static final int CLASSIC = 0;
    static final int DATES_FIRST = 1;
    static final int FEDERAL = 2;
    static final int NARRATIVE = 3;

    private Layouts() {
    }

    static void header(StringBuilder sb, int layout, Person p, Random rnd) {
        switch (layout) {
            case CLASSIC -> sb.append(p.fullName().toUpperCase(Locale.US)).append('\n')
                    .append(p.home().city()).append(", ").append(p.home().stateCode()).append(" · ").append(p.email())
                    .append(" · ").append(p.phone()).append("\n\n");
            case DATES_FIRST -> sb.append(p.lastName()).append(", ").append(p.firstName()).append('\n')
                    .append("Email: ").append(p.email()).append(" | Phone: ").append(p.phone()).append("\n\n");
            case FEDERAL -> sb.append(p.fullName()).append('\n').append(100 + rnd.nextInt(9000)).append(' ')
                    .append(WordLists.pick(rnd, "Oak", "Maple", "Cedar", "Main", "Elm", "Lincoln")).append(' ')
                    .append(WordLists.pick(rnd, "Street", "Avenue", "Drive")).append(", ").append(p.home().city()).append(", ")
                    .append(p.home().stateCode()).append('\n').append("Phone: ").append(p.phone()).append('\n')
                    .append("Email: ").append(p.email()).append('\n').append("Citizenship: U.S. Citizen\n\n");
            default -> sb.append(p.fullName()).append(" — Résumé\n").append(p.email()).append(", ").append(p.phone()).append("\n\n");
        }
    }

    static void summary(StringBuilder sb, int layout, String summary) {
        String heading = switch (layout) {
            case CLASSIC -> "SUMMARY\n";
            case DATES_FIRST -> "Profile\n";
            case FEDERAL -> "PROFESSIONAL SUMMARY\n";
            default -> "About me: ";
        };
        sb.append(heading).append(summary).append("\n\n");
    }

    static void jobs(StringBuilder sb, int layout, List<Job> jobs, Random rnd, DateTimeFormatter f) {
        if (!jobs.isEmpty() && sb.indexOf(experienceHeading(layout)) < 0) {
            sb.append(experienceHeading(layout));
        }
        for (Job j : jobs) {
            String from = j.start().format(f);
            String to = j.end() == null ? "Present" : j.end().format(f);
            switch (layout) {
                case CLASSIC -> {
                    sb.append(j.title()).append('\n').append(j.employer()).append(" — ").append(j.city()).append(", ")
                            .append(j.stateCode()).append('\n').append(from).append(" – ").append(to).append('\n');
                    for (String b : j.bullets()) {
                        sb.append("• ").append(b).append('\n');
                    }
                }
                case DATES_FIRST -> {
                    sb.append(from).append(" to ").append(to).append("   ").append(j.title()).append(", ").append(j.employer())
                            .append(" (").append(j.city()).append(", ").append(j.stateCode()).append(")\n");
                    for (String b : j.bullets()) {
                        sb.append("  - ").append(b).append('\n');
                    }
                }
                case FEDERAL -> {
                    sb.append(j.employer()).append('\n').append(j.city()).append(", ").append(j.stateCode()).append('\n')
                            .append(j.title()).append('\n').append("From: ").append(j.start().format(MONTH_YEAR))
                            .append(" To: ").append(j.end() == null ? "Present" : j.end().format(MONTH_YEAR))
                            .append('\n').append("Hours per week: ").append(WordLists.pick(rnd, "40", "40", "45", "50")).append('\n')
                            .append("Duties: ").append(String.join(" ", j.bullets())).append('\n')
                            .append("May contact current supervisor: ").append(rnd.nextBoolean() ? "Yes" : "No").append('\n');
                }
                default -> {
                    sb.append("From ").append(j.start().format(LONG_MONTH))
                            .append(j.end() == null ? " until now" : " until " + j.end().format(LONG_MONTH))
                            .append(" I worked as ").append(article(j.title())).append(' ').append(j.title()).append(" at ")
                            .append(j.employer()).append(" in ").append(j.city()).append(", ").append(j.stateCode()).append(". ");
                    for (String b : j.bullets()) {
                        sb.append(b).append(' ');
                    }
                    sb.setLength(sb.length() - 1);
                    sb.append('\n');
                }
            }
            sb.append('\n');
        }
    }

    private static String experienceHeading(int layout) {
        return switch (layout) {
            case CLASSIC -> "EXPERIENCE\n";
            case DATES_FIRST -> "Work History\n";
            case FEDERAL -> "WORK EXPERIENCE\n";
            default -> "My work so far:\n";
        };
    }

    static void education(StringBuilder sb, int layout, String school, String degree, int year) {
        if (layout == NARRATIVE) {
            sb.append("I earned a ").append(degree).append(" from ").append(school).append(" in ").append(year).append(".\n\n");
        } else {
            sb.append(layout == DATES_FIRST ? "Education\n" : "EDUCATION\n").append(degree).append(", ").append(school).append(", ")
                    .append(year).append("\n\n");
        }
    }

    static void list(StringBuilder sb, int layout, String heading, List<String> items) {
        if (layout == NARRATIVE) {
            sb.append(heading.charAt(0)).append(heading.substring(1).toLowerCase(Locale.US)).append(": ")
                    .append(String.join(", ", items)).append(".\n");
        } else {
            sb.append(layout == DATES_FIRST ? heading.charAt(0) + heading.substring(1).toLowerCase(Locale.US) : heading).append('\n');
            for (String s : items) {
                sb.append(layout == CLASSIC ? "• " : "- ").append(s).append('\n');
            }
            sb.append('\n');
        }
    }

    private static String article(String title) {
        return "AEIOU".indexOf(Character.toUpperCase(title.charAt(0))) >= 0 ? "an" : "a";
    }
}
