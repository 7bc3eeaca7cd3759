package org.secondlook.analysis;

import java.util.Map;

/**
 * Compiles the policy's lexicon files into one phrase matcher for the résumé body and one for
 * headings. Role phrases also get their plural ("police officers"), which marks other people.
 */
final class Lexicons {
    /** Titles that name no service: with no agency or sworn cue beside them they are left to a person, like a bare "Officer". */
    private static final java.util.Set<String> BARE_TITLES = java.util.Set.of("officer", "law enforcement officer");
    final Vocabulary vocab = new Vocabulary();
    final PhraseMatcher body = new PhraseMatcher(vocab);
    final PhraseMatcher headings = new PhraseMatcher(vocab);
    /** Words that, right after a role name, make it a modifier ("officer training"). */
    final java.util.Set<String> attributive;
    /** Words that, near a bare "Officer", make it a corporate, banking or club title. */
    final java.util.Set<String> corporate;
    /** Repairs misspelled agency and rank words to words of this vocabulary. */
    final Misspellings misspellings;

    Lexicons(Policy policy) {
        for (Map.Entry<String, String> e : policy.roleLexicons().entrySet()) {
            addWithPlural(policy, e.getValue(), Phrase.Kind.ROLE, e.getKey());
        }
        add(policy, "neutral-officers.txt", Phrase.Kind.NEUTRAL, "neutral");
        add(policy, "non-le-officers.txt", Phrase.Kind.NON_LE, "non_le");
        add(policy, "idioms.txt", Phrase.Kind.NON_LE, "idiom");
        add(policy, "civilian.txt", Phrase.Kind.CIVILIAN, "civilian");
        add(policy, "civilian-generic.txt", Phrase.Kind.CIVILIAN, "generic");
        add(policy, "training.txt", Phrase.Kind.TRAINING, "training");
        add(policy, "negation.txt", Phrase.Kind.NEGATION, "negation");
        add(policy, "aspiration.txt", Phrase.Kind.ASPIRATION, "aspiration");
        add(policy, "third-party.txt", Phrase.Kind.THIRD_PARTY, "third_party");
        add(policy, "letter-cues.txt", Phrase.Kind.THIRD_PARTY, "letter");
        add(policy, "fiction.txt", Phrase.Kind.FICTION, "fiction");
        add(policy, "agency-frames.txt", Phrase.Kind.FRAME, "frame");
        add(policy, "private-rail.txt", Phrase.Kind.AGENCY, "private_rail");
        add(policy, "coursework.txt", Phrase.Kind.COURSEWORK, "coursework");
        for (String phrase : policy.lexicon("ranks.txt")) {
            Phrase.Kind kind = BARE_TITLES.contains(phrase) ? Phrase.Kind.BARE_OFFICER : Phrase.Kind.RANK;
            body.add(phrase, new Phrase(kind, "rank", false));
            body.add(plural(phrase), new Phrase(kind, "rank", true));
        }
        add(policy, "agencies.txt", Phrase.Kind.AGENCY, "le");
        add(policy, "military.txt", Phrase.Kind.AGENCY, "military");
        add(policy, "fire-service.txt", Phrase.Kind.AGENCY, "fire");
        add(policy, "foreign-places.txt", Phrase.Kind.AGENCY, "foreign");
        add(policy, "domestic-places.txt", Phrase.Kind.AGENCY, "domestic");
        add(policy, "corrections-agencies.txt", Phrase.Kind.AGENCY, "corrections");
        add(policy, "sworn-cues.txt", Phrase.Kind.SWORN, "sworn");
        for (String line : policy.lexicon("headings.txt")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                headings.add(line.substring(eq + 1).strip(), new Phrase(Phrase.Kind.AGENCY, line.substring(0, eq).strip(), false));
            }
        }
        attributive = java.util.Set.copyOf(policy.lexicon("attributive.txt"));
        corporate = java.util.Set.copyOf(policy.lexicon("corporate-context.txt"));
        body.compile();
        headings.compile();
        misspellings = new Misspellings(vocab);
    }

    private void add(Policy policy, String file, Phrase.Kind kind, String family) {
        for (String phrase : policy.lexicon(file)) {
            body.add(phrase, new Phrase(kind, family, false));
        }
    }

    private void addWithPlural(Policy policy, String file, Phrase.Kind kind, String family) {
        for (String phrase : policy.lexicon(file)) {
            body.add(phrase, new Phrase(kind, family, false));
        }
        for (String phrase : policy.lexicon(file)) {
            body.add(plural(phrase), new Phrase(kind, family, true));
        }
    }

    static String plural(String phrase) {
        String p = phrase.strip();
        if (p.endsWith("y") && !p.endsWith("ey")) {
            return p.substring(0, p.length() - 1) + "ies";
        }
        if (p.endsWith("s") || p.endsWith("x") || p.endsWith("ch") || p.endsWith("sh")) {
            return p + "es";
        }
        return p + "s";
    }
}
