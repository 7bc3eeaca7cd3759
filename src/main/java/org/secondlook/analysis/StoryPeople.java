package org.secondlook.analysis;

import java.util.Set;

/**
 * People an accomplishment story is about, not the applicant: a title after "a"/"an" that a verb of
 * helping or leading takes as its object ("my bulletin led a detective to the car", "helped a deputy"),
 * a title followed by "and his/her/their" ("a young police officer and his wife had been turned down"), a
 * title a duty calls on ("call campus police if needed") and a person a story describes ("a patient who was a
 * police officer"), and a title right after "every" or "each" ("I know every trooper in the district"): many people, not one held title.
 * Reads only the few words around the title.
 */
final class StoryPeople {
    /** Verbs whose object after "a"/"an" is someone the applicant dealt with. */
    private static final Set<String> OBJECT_VERBS = Set.of("led", "helped", "assisted", "told", "asked", "alerted",
            "notified", "briefed", "advised", "coached", "mentored", "referred",
            // the same verbs in the present, as duties are often written ("ask a court officer to confirm returns")
            "lead", "leads", "help", "helps", "assist", "assists", "tell", "tells", "ask", "asks", "alert", "alerts",
            "notify", "notifies", "brief", "briefs", "advise", "advises", "coach", "coaches", "mentor", "mentors", "refer", "refers");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
    /** Verbs right before a title (no article) that call on the people it names ("call campus police", "notified police"). */
    private static final Set<String> CALL_VERBS = Set.of("call", "calls", "called", "calling", "contact", "contacted", "notify",
            "notified", "summon", "summoned", "radio", "radioed");
    private static final Set<String> BE = Set.of("was", "is", "were", "are");
    /** Words right before a title that make it everyone holding it ("every trooper in the district"). */
    private static final Set<String> QUANTIFIERS = Set.of("every", "each");
    /** Nouns for the people a story is about, before "who was a ..." ("a patient who was a police officer"). */
    private static final Set<String> NOUN_OF_PERSON = Set.of("patient", "customer", "client", "man", "woman", "guy", "person",
            "suspect", "victim", "friend", "neighbor", "passenger", "resident", "student", "caller", "driver", "guest", "member");

    private StoryPeople() {
    }

    /** True when the title at tokens {@code first} to {@code last} (exclusive) is someone else in a story. */
    static boolean someoneElse(NormalizedText text, Tokens t, int first, int last) {
        int article = articleBefore(text, t, first);
        if (article > 0 && sameLine(t, article - 1, first) && OBJECT_VERBS.contains(t.text(text, article - 1))) {
            return true;
        }
        if (article >= 0 && last + 1 < t.count && sameLine(t, first, last + 1) && "and".equals(t.text(text, last))
                && POSSESSIVES.contains(t.text(text, last + 1))) {
            return true;
        }
        if (first > 0 && sameLine(t, first - 1, first) && CALL_VERBS.contains(t.text(text, first - 1))) {
            return true; // "call campus police if needed": the people a duty calls on
        }
        if (first > 0 && sameLine(t, first - 1, first) && QUANTIFIERS.contains(t.text(text, first - 1))) {
            return true; // "every trooper in the district": the people around the applicant
        }
        return article == first - 1 && relativeBe(text, t, article) || aboutSomeone(text, t, first);
    }

    /** "about", and the same word in Spanish in a bilingual résumé ("novela negra sobre una police officer ficticia"). */
    private static final Set<String> ABOUT = Set.of("about", "sobre");

    /** The most describing words between "about a" and the title ("about a small-town police officer"). */
    private static final int ABOUT_WORDS = 3;

    /**
     * "four mystery novels ... about a small-town police officer", "a documentary about an undercover detective": the
     * title is who a book, a film or a talk is about, not the applicant's post.
     */
    private static boolean aboutSomeone(NormalizedText text, Tokens t, int first) {
        for (int i = first - 1; i >= Math.max(1, first - 1 - ABOUT_WORDS) && sameLine(t, i, first); i--) {
            String w = t.text(text, i);
            if (w.equals("a") || w.equals("an") || w.equals("un") || w.equals("una")) {
                return sameLine(t, i - 1, i) && ABOUT.contains(t.text(text, i - 1));
            }
            if (w.equals("as") || w.equals("of") || w.equals("the")) {
                return false; // "about a decade as a police officer": a length of service, then the title held
            }
        }
        return false;
    }

    /** "a patient who was a police officer": "who was/is" right after a lower-case noun, then the article. */
    private static boolean relativeBe(NormalizedText text, Tokens t, int article) {
        if (article < 3 || !sameLine(t, article - 3, article) || !BE.contains(t.text(text, article - 1))
                || !"who".equals(t.text(text, article - 2))) {
            return false;
        }
        int noun = article - 3;
        return t.start[article - 2] == t.end[noun] + 1 && text.chars[t.end[noun]] == ' ' && NOUN_OF_PERSON.contains(t.text(text, noun));
    }

    /** The "a"/"an" token at most two words before the title, or -1. */
    private static int articleBefore(NormalizedText text, Tokens t, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 3) && sameLine(t, i, first); i--) {
            String w = t.text(text, i);
            if (w.equals("a") || w.equals("an")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameLine(Tokens t, int i, int j) {
        return t.line[i] == t.line[j];
    }
}
