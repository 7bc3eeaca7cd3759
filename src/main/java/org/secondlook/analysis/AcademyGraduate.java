package org.secondlook.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.secondlook.domain.FindingCategory;

/**
 * "Tennessee Law Enforcement Training Academy, Basic Police School - graduated June 2023 (self-sponsored)", "Basic
 * Peace Officer Class A - graduated May 2023", with no
 * police job after it: a police academy graduate never hired, whom the office policy leaves to a reviewer. Asked
 * only when no finding made the résumé LE or policy-dependent; the academy's own line must say it was completed,
 * and a citizens', youth or explorer academy is not a recruit academy. Reads the line of each training finding.
 */
final class AcademyGraduate {
    private AcademyGraduate() {
    }

    /** Characters read on either side of the academy's name on its line. */
    private static final int LINE_REACH = 300;
    /** Words that say the academy was finished ("graduation" is left out: "resigned before graduation", "after graduation"). */
    private static final Set<String> COMPLETED = Set.of("graduated", "graduate", "completed", "finished",
            "graduado", "graduada"); // a bilingual résumé's "Graduado de la Academia de Policía"
    private static final Set<String> NOT_RECRUIT = Set.of("citizen", "citizens", "citizen's", "citizens'", "youth",
            "explorer", "explorers", "teen", "instructor", "instructed", "taught", "teach", "teaching",
            // a visit or a plan, not a recruit's academy ("completed a police academy ride-along", "apply to an academy")
            "ride", "tour", "orientation", "observation", "internship", "apply", "applying", "plan", "planning", "hope");
    private static final String[] POLICE = {"police", "law enforcement", "peace officer", "sheriff", "basic recruit", "blet", "criminal justice academy"};

    /** Replaces the first such training finding with a policy-dependent one; true when it did. */
    static boolean mark(String original, List<AnalysisFinding> findings) {
        for (AnalysisFinding f : findings) {
            if (f.category() == FindingCategory.LE_EMPLOYMENT || f.category() == FindingCategory.POLICY_DEPENDENT_ROLE) {
                return false;
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            AnalysisFinding f = findings.get(i);
            String name = f.text().toLowerCase(Locale.ROOT).replace('-', ' ');
            if (f.category() != FindingCategory.LE_TRAINING || !name.contains("academy") && !name.contains("basic")
                    || !police(name) || !completedOnLine(original, f.start(), f.end())) {
                continue;
            }
            findings.set(i, new AnalysisFinding(f.start(), f.end(), FindingCategory.POLICY_DEPENDENT_ROLE, f.text(), "\"" + f.text()
                    + "\" is a police academy the applicant completed, with no law-enforcement job after it; the office policy leaves academy graduates to a reviewer."));
            return true;
        }
        return false;
    }

    private static boolean police(String name) {
        for (String p : POLICE) {
            if (name.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The academy's line says it was completed, and neither its words up to the academy's name nor the two words after
     * it name a youth program, a teacher, a visit or a plan ("apply to the state academy"; "while I apply to Elm PD"
     * after the name is the job hunt that follows).
     */
    private static boolean completedOnLine(String original, int at, int end) {
        int from = Math.max(original.lastIndexOf('\n', Math.max(0, at - 1)) + 1, at - LINE_REACH);
        int to = original.indexOf('\n', end); // a name wrapped over two lines ("Criminal Justice\nAcademy") reads both
        if (to < 0 || to > end + LINE_REACH) {
            to = Math.min(original.length(), end + LINE_REACH); // a one-line text of any length: a window around the name
        }
        String whole = original.substring(from, to).toLowerCase(Locale.ROOT);
        String[] after = original.substring(end, to).toLowerCase(Locale.ROOT).strip().split("[^a-z']+", 4);
        for (int i = 0; i < Math.min(2, after.length); i++) {
            if (NOT_RECRUIT.contains(after[i])) {
                return false;
            }
        }
        if (!Arrays.stream(whole.split("[^a-z']+")).anyMatch(COMPLETED::contains)) {
            return false;
        }
        String line = original.substring(from, end).toLowerCase(Locale.ROOT);
        if (to < original.length() && original.charAt(to) == '\n') {
            int next = original.indexOf('\n', to + 1); // "completed a police-academy\n  ride-along": the line's last words run on
            next = next < 0 ? original.length() : Math.min(next, to + 1 + LINE_REACH);
            String wrapped = original.substring(to + 1, next).toLowerCase(Locale.ROOT).strip();
            for (String w : wrapped.split("[^a-z']+", 3)) {
                if (NOT_RECRUIT.contains(w)) {
                    return false;
                }
            }
        }
        if (line.contains("junior police") || line.contains("junior cadet")) {
            return false; // a youth program; "Modesto Junior College Regional Police Academy" is a recruit academy
        }
        for (String w : line.split("[^a-z']+")) {
            if (NOT_RECRUIT.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
