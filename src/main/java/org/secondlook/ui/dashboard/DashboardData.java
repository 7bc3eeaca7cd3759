package org.secondlook.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.secondlook.review.oversight.Figure;
import org.secondlook.review.oversight.Metrics;

/**
 * The oversight service's figures sorted by the chart that draws them. Nothing is computed here: each value is
 * a figure the service printed, found by its name (the names {@code metrics} prints, see the README).
 */
public record DashboardData(List<Figure> figures, long computeMillis,
                            Map<String, Map<String, Long>> backlogByOffice,
                            Map<LocalDate, Long> backlogPerDay, Map<LocalDate, Long> decisionsPerDay,
                            Map<String, String> waiting, Map<String, Map<String, Long>> toolLeoByOffice,
                            List<Phrase> phrases, String agreementShare, Map<String, Map<String, Long>> confusion,
                            Map<String, Map<String, String>> reviewers, List<Figure> remediation) {
    /** States of an open or waiting case, in the order the backlog chart stacks them. */
    public static final List<String> BACKLOG_STATES = List.of("NEW", "REFERRED", "RETURNED", "DECIDED");
    public static final List<String> WAITING = List.of("hours_to_decision_median", "hours_to_decision_p90",
            "hours_to_signoff_median", "hours_to_signoff_p90");

    /** One of the top phrases: its rank, the phrase, and how many cases name it, confirmed and overturned. */
    public record Phrase(int rank, String phrase, String cases, String confirmed, String overturned) {
    }

    public static DashboardData empty() {
        return of(new Metrics(List.of(), 0));
    }

    public static DashboardData of(Metrics m) {
        Map<String, String> v = new LinkedHashMap<>();
        m.figures().forEach(f -> v.put(f.name(), f.value()));
        Map<String, Map<String, Long>> backlog = new TreeMap<>();
        Map<LocalDate, Long> backlogDays = new TreeMap<>();
        Map<LocalDate, Long> decisionDays = new TreeMap<>();
        Map<String, Map<String, Long>> toolLeo = new TreeMap<>();
        Map<String, Map<String, Long>> confusion = new LinkedHashMap<>();
        Map<String, Map<String, String>> reviewers = new TreeMap<>();
        List<Figure> remediation = new ArrayList<>();
        for (Figure f : m.figures()) {
            String n = f.name();
            if (n.startsWith("backlog.day.")) {
                backlogDays.put(LocalDate.parse(n.substring("backlog.day.".length())), number(f.value()));
            } else if (n.startsWith("decisions.day.")) {
                decisionDays.put(LocalDate.parse(n.substring("decisions.day.".length())), number(f.value()));
            } else if (n.startsWith("backlog.")) {
                String rest = n.substring("backlog.".length());
                int dot = rest.lastIndexOf('.');
                backlog.computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), number(f.value()));
            } else if (n.startsWith("tool_leo.office.") && !n.endsWith(".overturned_share")) {
                String rest = n.substring("tool_leo.office.".length());
                int dot = rest.lastIndexOf('.');
                toolLeo.computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), number(f.value()));
            } else if (n.startsWith("analyzer.")) {
                String[] p = n.split("\\.");
                confusion.computeIfAbsent(p[1], k -> new LinkedHashMap<>()).put(p[2], number(f.value()));
            } else if (n.startsWith("signoffs.") || n.startsWith("returned.") || n.startsWith("returned_rate.")) {
                int dot = n.indexOf('.');
                reviewers.computeIfAbsent(n.substring(dot + 1), k -> new LinkedHashMap<>()).put(n.substring(0, dot), f.value());
            } else if (n.equals("verified_share") || n.startsWith("training.")) {
                remediation.add(f);
            }
        }
        Map<String, String> waiting = new LinkedHashMap<>();
        WAITING.forEach(w -> waiting.put(w, v.getOrDefault(w, "")));
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 1; v.containsKey("phrase." + i); i++) {
            String p = v.get("phrase." + i);
            int space = p.indexOf(' ');
            phrases.add(new Phrase(i, p.substring(space + 1), p.substring(0, space),
                    v.getOrDefault("phrase." + i + ".confirmed", ""), v.getOrDefault("phrase." + i + ".overturned", "")));
        }
        return new DashboardData(m.figures(), m.computeMillis(), backlog, backlogDays, decisionDays, waiting, toolLeo,
                phrases, v.getOrDefault("analyzer_agreement_share", ""), confusion, reviewers, remediation);
    }

    /** The value of a figure by name ("" when not printed or undefined). */
    public String value(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).map(Figure::value).findFirst().orElse("");
    }

    /** A figure's value as a number (0 when undefined). */
    static double number(String value, double otherwise) {
        return value == null || value.isEmpty() ? otherwise : Double.parseDouble(value);
    }

    private static long number(String value) {
        return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
    }
}
