package org.secondlook.analysis;
import org.secondlook.domain.FindingCategory;

import java.util.Locale;

/** One plain sentence per finding, for the reviewer. */
final class Explanations {
    private Explanations() {
    }

    static String family(String family) {
        switch (family) {
            case "military_police": return "military police";
            case "armed_security": return "armed security";
            case "state": return "state police and highway patrol";
            case "federal": return "federal law-enforcement";
            case "bare": return "a bare \"Officer\" title";
            default: return family.replace('_', ' ');
        }
    }

    /** The family's name after its indefinite article: "a military police", "an armed security". */
    static String withArticle(String family) {
        String name = family(family);
        if (name.startsWith("a ")) {
            return name; // "a bare \"Officer\" title" carries its own
        }
        return (startsWithVowelSound(name) ? "an " : "a ") + name;
    }

    /** "an" before a vowel sound: "an armed", "an immigration"; "a" before "uniformed", "unit", "one". */
    static boolean startsWithVowelSound(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || "aeiou".indexOf(w.charAt(0)) < 0) {
            return false;
        }
        return !(w.startsWith("uni") || w.startsWith("use") || w.startsWith("usu") || w.startsWith("eu") || w.startsWith("one"));
    }

    static String leEmployment(String text, String family, boolean viaAgency) {
        return viaAgency
                ? "\"" + text + "\" is the applicant's own title at a law-enforcement agency named on the same line, a neighboring line or the head line of its entry."
                : "\"" + text + "\" is a sworn " + family(family) + " role the applicant held.";
    }

    static String leBySwornCue(String text) {
        return "\"" + text + "\" is the applicant's own title in an entry that states sworn status, a commission or arrest powers.";
    }

    static String deferred(String text, String family) {
        if (family.equals("bare")) {
            return "\"" + text + "\" with no qualifier or agency could be any kind of officer; the policy leaves it to a reviewer.";
        }
        return "\"" + text + "\" is " + withArticle(family) + " role, which the office policy leaves to a reviewer.";
    }

    static String notLeByPolicy(String text, String family) {
        return "\"" + text + "\" is " + withArticle(family) + " role, which the office policy does not count as law enforcement.";
    }

    static String fiction(String text) {
        return "\"" + text + "\" is a character or role in fiction, film or stage work, not the applicant's own service.";
    }

    static String nonLe(String text, String why) {
        return "\"" + text + "\" is " + why + ".";
    }

    static String forCue(Phrase.Kind cue, String text) {
        switch (cue) {
            case NEGATION: return "\"" + text + "\" says the applicant does not hold this role.";
            case ASPIRATION: return "\"" + text + "\" is a role the applicant wants, not one held.";
            case THIRD_PARTY: return "\"" + text + "\" describes other people the applicant worked with, not the applicant's own role.";
            case COURSEWORK: return "\"" + text + "\" is study, an internship or a youth program, not employment.";
            default: return "\"" + text + "\" is context, not employment.";
        }
    }

    static String section(Section s, String text) {
        switch (s) {
            case REFERENCES: return "\"" + text + "\" appears in the references, so it is someone else's title.";
            case PUBLICATIONS: return "\"" + text + "\" appears among the publications, so it names an author, a co-author or a venue, not a job the applicant held.";
            case TEACHING: return "\"" + text + "\" appears among the courses the applicant taught, so it names the audience, not a job the applicant held.";
            case EDUCATION: return "\"" + text + "\" appears under education, so it is study, not employment.";
            case OBJECTIVE: return "\"" + text + "\" appears in the objective, so it is a role the applicant wants.";
            case CERTIFICATIONS: return "\"" + text + "\" names a course in the training and certifications, not a job the applicant held.";
            default: return "\"" + text + "\" is context, not employment.";
        }
    }

    static String plural(String text) {
        return "\"" + text + "\" is plural: other officers, not the applicant's own title.";
    }

    static String standalone(FindingCategory c, String text) {
        switch (c) {
            case LE_TRAINING: return "\"" + text + "\" is law-enforcement training or certification, not employment by itself.";
            case CIVILIAN_IN_LE_AGENCY: return "\"" + text + "\" is civilian (non-sworn) work, even inside a law-enforcement agency.";
            case ASPIRATION: return "\"" + text + "\" states a wish for a law-enforcement career, not experience.";
            case NEGATION: return "\"" + text + "\" says the applicant has no such experience.";
            case THIRD_PARTY: return "\"" + text + "\" is about other people, not the applicant's role.";
            case COURSEWORK: return "\"" + text + "\" is study or a program, not employment.";
            default: return "\"" + text + "\" " + c.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
        }
    }
}
