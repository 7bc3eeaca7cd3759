package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads dates from a few lines of normalised text and turns them into month ranges:
 * "Jan 2015 - Present", "January 2015 to March 2019", "2012-2019", "03/2010 to 06/2014",
 * "Summer 2018", "2023-05 to 2024-01", and durations such as "5 years". Month ranges are half-open month indexes
 * (year * 12 + month - 1); a month-precise end is inclusive of that month.
 */
final class DateRanges {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    /** A date found in the text: a month index, whether the month is known, and its kind. */
    private record Point(int month, boolean precise, boolean present, int season, boolean training, boolean rangeEnd) {
        Point(int month, boolean precise, boolean present, int season) {
            this(month, precise, present, season, false, false);
        }
    }

    /** Words that make the dates right after them a time in training, not service ("Academy Feb 2023 – Jan 2024"). */
    private static final java.util.Set<String> TRAINING = java.util.Set.of("academy", "recruit", "trainee", "cadet");
    /** How many words after such a word a range's start may be and still be the training's. */
    private static final int TRAINING_REACH_WORDS = 2;

    /**
     * Ranges (half-open month indexes), the sum of bare durations, and the length of service the text states in
     * so many words ("7 months of service"), from the given span.
     */
    record Found(List<int[]> ranges, int durationMonths, int servedMonths) {
        boolean isEmpty() {
            return ranges.isEmpty() && durationMonths == 0;
        }
    }

    static Found read(char[] a, int from, int to, int referenceMonth) {
        List<Point> points = new ArrayList<>();
        int duration = 0;
        int served = 0;
        int i = from;
        String prevWord = null;
        int prevNumber = -1;
        char sepBefore = 0;
        int sinceTraining = Integer.MAX_VALUE;
        boolean joined = false; // a dash or "to" since the last date: the next date ends a range
        int sharedYearStart = -1; // "Jan-Aug 2016": the first month of a range whose two months share one year
        while (i < to) {
            char c = a[i];
            if (!Tokens.wordChar(c)) {
                if (c == '/' || c == '-') {
                    sepBefore = c;
                }
                joined |= c == '-' && !points.isEmpty();
                i++;
                continue;
            }
            int s = i;
            while (i < to && Tokens.wordChar(a[i])) {
                i++;
            }
            String w = new String(a, s, i - s);
            sinceTraining = TRAINING.contains(w) ? 0 : sinceTraining == Integer.MAX_VALUE ? sinceTraining : sinceTraining + 1;
            if (w.equals("to") || w.equals("through") || w.equals("until") || w.equals("thru")) {
                joined = !points.isEmpty();
            } else if (monthOf(w) < 0 && !isPresent(w) && !w.chars().allMatch(Character::isDigit)) {
                joined = false;
            }
            if (w.length() > 12) {
                prevWord = null;
                continue;
            }
            if (sepBefore == '-' && w.length() >= 3 && Character.isLetter(w.charAt(0)) && monthOf(w) >= 0) {
                sharedYearStart = monthOf(prevWord);
            } else if (!digits(w)) {
                sharedYearStart = -1;
            }
            boolean digits = w.chars().allMatch(Character::isDigit) && w.length() <= 4;
            if (digits) {
                int v = Integer.parseInt(w);
                if (w.length() == 4 && v >= 1950 && v <= 2099) {
                    int before = points.size();
                    int month = monthOf(prevWord);
                    if (month >= 0 && sharedYearStart >= 0 && sharedYearStart <= month) {
                        points.add(new Point(v * 12 + sharedYearStart, true, false, 0));
                        points.add(new Point(v * 12 + month, true, false, 0, false, true));
                        before = points.size(); // the range is whole: training and joining apply to neither point
                    } else if (month >= 0) {
                        points.add(new Point(v * 12 + month, true, false, 0));
                    } else if (prevNumber >= 1 && prevNumber <= 12 && sepBefore == '/') {
                        points.add(new Point(v * 12 + prevNumber - 1, true, false, 0));
                    } else if (seasonOf(prevWord) > 0) {
                        int season = seasonOf(prevWord);
                        points.add(new Point(v * 12 + season - 1, true, false, season));
                    } else {
                        points.add(new Point(v * 12, false, false, 0));
                    }
                    if (sinceTraining <= TRAINING_REACH_WORDS && points.size() > before) {
                        Point p = points.remove(before);
                        points.add(new Point(p.month(), p.precise(), p.present(), p.season(), true, p.rangeEnd()));
                    }
                    if (joined && points.size() > before) {
                        Point p = points.remove(before);
                        points.add(new Point(p.month(), p.precise(), p.present(), p.season(), p.training(), true));
                    }
                    joined = false;
                    sharedYearStart = -1;
                    prevNumber = -1;
                } else if (isoMonth(a, s, w, v, prevWord, points)) {
                    // "2023-05": a year and its month, as HR exports and JSON records write them
                    Point p = points.remove(points.size() - 1);
                    points.add(new Point(p.month() + v - 1, true, false, 0, p.training(), p.rangeEnd()));
                    prevNumber = -1;
                } else {
                    // "03/15/2010": keep the month, skip the day
                    if (!(prevNumber >= 1 && prevNumber <= 12 && sepBefore == '/' && v <= 31)) {
                        prevNumber = v;
                    }
                }
                prevWord = w;
                sepBefore = 0;
                continue;
            }
            if (isPresent(w) && !points.isEmpty()) {
                points.add(new Point(referenceMonth, true, true, 0, false, joined));
                joined = false;
            } else if ((w.equals("years") || w.equals("year") || w.equals("yrs") || w.equals("yr")) && prevNumber > 0 && prevNumber < 60) {
                duration += prevNumber * 12;
                served += ofService(a, i, to) ? prevNumber * 12 : 0;
            } else if (w.equals("months") && prevNumber > 0 && prevNumber < 600) {
                duration += prevNumber;
                served += ofService(a, i, to) ? prevNumber : 0;
            }
            int spelled = NumberWords.value(w);
            if (spelled > 0) {
                prevNumber = NumberWords.after(prevWord, prevNumber, w, spelled); // "seven months", "twenty-four years": a duration in words
            } else if (!w.equals("s")) {
                prevNumber = -1;
            }
            prevWord = w;
            sepBefore = 0;
        }
        return new Found(pair(points), duration, served);
    }

    /** What follows a duration's unit when it is the applicant's own count of time served, not one job's share of it. */
    private static final String[] SERVED_TAILS = {" of service", " in all", " in total"};

    /** " of service", " in all", " in total" right after a duration's unit ending at {@code i}: the applicant's own count of time served. */
    private static boolean ofService(char[] a, int i, int to) {
        for (String tail : SERVED_TAILS) {
            if (tailAt(a, i, to, tail)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tailAt(char[] a, int i, int to, String tail) {
        if (i + tail.length() > to) {
            return false;
        }
        for (int k = 0; k < tail.length(); k++) {
            if (a[i + k] != tail.charAt(k)) {
                return false;
            }
        }
        return i + tail.length() == to || !Tokens.wordChar(a[i + tail.length()]);
    }

    private static List<int[]> pair(List<Point> points) {
        List<int[]> out = new ArrayList<>();
        int k = 0;
        while (k < points.size()) {
            Point p = points.get(k);
            Point q = k + 1 < points.size() ? points.get(k + 1) : null;
            if (p.training()) {
                k += q != null && q.rangeEnd() ? 2 : 1; // "Academy Feb 2023 – Jan 2024": time in training, not sworn service
                continue;
            }
            if (q != null && !p.precise() && q.precise() && !q.rangeEnd() && k + 2 < points.size() && points.get(k + 2).rangeEnd()) {
                k++; // "2016 ═╦═ Deputy ... (Mar–Oct 2016)": a timeline's lone year before the entry's own range
                continue;
            }
            if (q != null && q.month() >= p.month()) {
                int start = p.month();
                int end;
                if (q.present()) {
                    end = q.month() + 1;
                } else if (q.season() > 0) {
                    end = q.month() + 3;
                } else if (q.precise()) {
                    end = q.month() + 1;
                } else {
                    end = q.month() == p.month() ? q.month() + 12 : q.month();
                }
                if (end > start) {
                    boolean years = !p.precise() && !q.precise() && !q.present() && p.season() == 0 && q.season() == 0;
                    out.add(years ? new int[] {start, end, YEARS_ONLY} : new int[] {start, end});
                }
                k += 2;
                continue;
            }
            if (p.season() > 0) {
                out.add(new int[] {p.month(), p.month() + 3});
            }
            k++;
        }
        return out;
    }

    /** The third element of a range written in years alone ("2018-2019"), which says less than its months. */
    static final int YEARS_ONLY = 1;

    /** Whether a range was written in years alone. */
    static boolean yearsOnly(int[] range) {
        return range.length > 2 && range[2] == YEARS_ONLY;
    }

    /** Total months covered by the ranges, overlaps counted once. */
    static int months(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
        int total = 0;
        int curStart = Integer.MIN_VALUE;
        int curEnd = Integer.MIN_VALUE;
        for (int[] r : sorted) {
            if (r[0] > curEnd) {
                if (curEnd > curStart) {
                    total += curEnd - curStart;
                }
                curStart = r[0];
                curEnd = r[1];
            } else {
                curEnd = Math.max(curEnd, r[1]);
            }
        }
        if (curEnd > curStart) {
            total += curEnd - curStart;
        }
        return total;
    }

    /** Two digits 01-12 joined by a dash right after a four-digit year that was read as a year alone. */
    private static boolean isoMonth(char[] a, int s, String w, int v, String prevWord, List<Point> points) {
        if (w.length() != 2 || v < 1 || v > 12 || points.isEmpty() || prevWord == null || prevWord.length() != 4
                || s < 5 || a[s - 1] != '-' || !Character.isDigit(a[s - 2])) {
            return false;
        }
        Point last = points.get(points.size() - 1);
        return !last.precise() && !last.present() && last.month() == Integer.parseInt(prevWord) * 12;
    }

    private static boolean digits(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    private static boolean isPresent(String w) {
        return w.equals("present") || w.equals("current") || w.equals("currently") || w.equals("now")
                || w.equals("today") || w.equals("date");
    }

    private static int monthOf(String w) {
        if (w == null || w.length() < 3) {
            return -1;
        }
        for (int m = 0; m < 12; m++) {
            if (MONTHS[m].startsWith(w)) {
                return m;
            }
        }
        return w.equals("sept") ? 8 : -1;
    }

    private static int seasonOf(String w) {
        if (w == null) {
            return 0;
        }
        switch (w) {
            case "spring": return 3;
            case "summer": return 6;
            case "fall": case "autumn": return 9;
            case "winter": return 12;
            default: return 0;
        }
    }
}
