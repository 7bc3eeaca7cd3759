package org.secondlook.review.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.domain.Verdict;
import org.secondlook.store.LeoTerms;
import org.secondlook.store.MetricsReader;

/**
 * Turns the database's aggregates into named figures, in print order. Pure: it adds up groups the
 * database counted and formats them (shares with three decimals, hours with one, empty where undefined).
 */
final class MetricsFigures {
    static final String NONE = "(none)";
    static final int TOP_PHRASES = 15;
    private static final List<ReviewState> STATES = List.of(ReviewState.NEW, ReviewState.REFERRED, ReviewState.RETURNED,
            ReviewState.DECIDED, ReviewState.SIGNED_OFF);
    /** The analyzer's verdicts in the confusion table; null is a case without one ("NONE"). */
    private static final List<Verdict> VERDICTS = java.util.Arrays.asList(Verdict.LE, Verdict.NOT_LE, Verdict.UNCERTAIN, null);

    private final List<Figure> out = new ArrayList<>();

    /** The raw numbers the figures are made of. */
    record Inputs(List<MetricsReader.Group> groups, MetricsReader.Percentiles toDecision,
                  MetricsReader.Percentiles toSignOff, List<MetricsReader.ReviewerSignOffs> reviewers,
                  List<LocalDate> days, long[] decisionsPerDay, long[] openPerDay) {
    }

    static List<Figure> of(Inputs in) {
        MetricsFigures f = new MetricsFigures();
        f.headline(in);
        f.perOffice(in.groups());
        f.analyzer(in.groups());
        f.phrases(in.groups());
        f.perDay("decisions.day.", in.days(), in.decisionsPerDay());
        f.perDay("backlog.day.", in.days(), in.openPerDay());
        f.perReviewer(in.reviewers());
        return f.out;
    }

    private void headline(Inputs in) {
        List<MetricsReader.Group> g = in.groups();
        long cases = sum(g, x -> true);
        long awaiting = sum(g, x -> x.state() == ReviewState.DECIDED);
        long signedOff = sum(g, x -> x.state() == ReviewState.SIGNED_OFF);
        long confirmed = sum(g, x -> signedOffLeo(x, Track.LEO));
        long overturned = sum(g, x -> signedOffLeo(x, Track.ACADEMY));
        put("cases", cases);
        put("open", cases - awaiting - signedOff);
        put("decided", awaiting + signedOff);
        put("awaiting_signoff", awaiting);
        put("signed_off", signedOff);
        put("returned", in.reviewers().stream().mapToLong(MetricsReader.ReviewerSignOffs::returned).sum());
        put("tool_leo_confirmed", confirmed);
        put("tool_leo_overturned", overturned);
        out.add(new Figure("tool_leo_overturned_share", share(overturned, confirmed + overturned)));
        hours("hours_to_decision", in.toDecision());
        hours("hours_to_signoff", in.toSignOff());
        long agree = sum(g, x -> decided(x) && (x.verdict() == Verdict.LE && x.track() == Track.LEO
                || x.verdict() == Verdict.NOT_LE && x.track() == Track.ACADEMY));
        long compared = sum(g, x -> decided(x) && (x.verdict() == Verdict.LE || x.verdict() == Verdict.NOT_LE));
        out.add(new Figure("analyzer_agreement_share", share(agree, compared)));
        for (ReviewState state : STATES) {
            put("cases.state." + state.code(), sum(g, x -> x.state() == state));
        }
    }

    private void perOffice(List<MetricsReader.Group> g) {
        Map<String, List<MetricsReader.Group>> byOffice = new TreeMap<>();
        for (MetricsReader.Group x : g) {
            byOffice.computeIfAbsent(office(x), k -> new ArrayList<>()).add(x);
        }
        byOffice.forEach((office, rows) -> {
            for (ReviewState state : STATES.subList(0, 4)) {
                long n = sum(rows, x -> x.state() == state);
                if (n > 0) {
                    put("backlog." + office + "." + state.code(), n);
                }
            }
        });
        byOffice.forEach((office, rows) -> {
            long confirmed = sum(rows, x -> signedOffLeo(x, Track.LEO));
            long overturned = sum(rows, x -> signedOffLeo(x, Track.ACADEMY));
            if (confirmed + overturned > 0) {
                put("tool_leo.office." + office + ".confirmed", confirmed);
                put("tool_leo.office." + office + ".overturned", overturned);
                out.add(new Figure("tool_leo.office." + office + ".overturned_share", share(overturned, confirmed + overturned)));
            }
        });
    }

    /** The confusion table: the analyzer's verdict against the track in force, over decided cases. */
    private void analyzer(List<MetricsReader.Group> g) {
        for (Verdict verdict : VERDICTS) {
            for (Track track : Track.values()) {
                put("analyzer." + (verdict == null ? "NONE" : verdict.name()) + "." + track.name(),
                        sum(g, x -> decided(x) && x.track() == track && x.verdict() == verdict));
            }
        }
    }

    /**
     * The tool's evidence terms on LEO-labelled cases, most frequent first (ties by term), at most
     * {@value #TOP_PHRASES}: how many cases name each (a case counts once per term) and how many of those were
     * signed off as LEO (confirmed) or ACADEMY (overturned).
     */
    private void phrases(List<MetricsReader.Group> g) {
        Map<String, long[]> byTerm = new TreeMap<>();
        for (MetricsReader.Group x : g) {
            if (x.label() != ClassifierLabel.LEO) {
                continue;
            }
            for (String term : LeoTerms.split(x.terms())) {
                long[] n = byTerm.computeIfAbsent(term, k -> new long[3]);
                n[0] += x.count();
                n[1] += signedOffLeo(x, Track.LEO) ? x.count() : 0;
                n[2] += signedOffLeo(x, Track.ACADEMY) ? x.count() : 0;
            }
        }
        List<Map.Entry<String, long[]>> top = new ArrayList<>(byTerm.entrySet());
        top.sort(java.util.Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; i < Math.min(TOP_PHRASES, top.size()); i++) {
            long[] n = top.get(i).getValue();
            out.add(new Figure("phrase." + (i + 1), n[0] + " " + top.get(i).getKey()));
            put("phrase." + (i + 1) + ".confirmed", n[1]);
            put("phrase." + (i + 1) + ".overturned", n[2]);
        }
    }

    private void perDay(String prefix, List<LocalDate> days, long[] counts) {
        for (int i = 0; i < counts.length; i++) {
            put(prefix + days.get(i), counts[i]);
        }
    }

    private void perReviewer(List<MetricsReader.ReviewerSignOffs> reviewers) {
        for (MetricsReader.ReviewerSignOffs r : reviewers) {
            put("signoffs." + r.reviewer(), r.signOffs());
            put("returned." + r.reviewer(), r.returned());
            out.add(new Figure("returned_rate." + r.reviewer(), share(r.returned(), r.signOffs())));
        }
    }

    private void hours(String name, MetricsReader.Percentiles p) {
        out.add(new Figure(name + "_median", p.p50() == null ? "" : hours(p.p50())));
        out.add(new Figure(name + "_p90", p.p90() == null ? "" : hours(p.p90())));
    }

    private void put(String name, long value) {
        out.add(new Figure(name, Long.toString(value)));
    }

    /** Hours to two decimals (36 seconds): a demo batch decided minutes after its import still shows its waits. */
    private static String hours(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds / 3600.0);
    }

    /** {@code part ÷ whole} with three decimals, or empty when the whole is zero. */
    static String share(long part, long whole) {
        return whole == 0 ? "" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }

    private static boolean decided(MetricsReader.Group x) {
        return x.state() == ReviewState.DECIDED || x.state() == ReviewState.SIGNED_OFF;
    }

    private static boolean signedOffLeo(MetricsReader.Group x, Track track) {
        return x.state() == ReviewState.SIGNED_OFF && x.label() == ClassifierLabel.LEO && x.track() == track;
    }

    private static String office(MetricsReader.Group x) {
        return x.office() == null || x.office().isBlank() ? NONE : x.office();
    }

    private static long sum(List<MetricsReader.Group> g, java.util.function.Predicate<MetricsReader.Group> p) {
        return g.stream().filter(p).mapToLong(MetricsReader.Group::count).sum();
    }
}
