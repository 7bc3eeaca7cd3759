package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A US agency's name given again in another language in parentheses right after it ("Miami-Dade Police Department
 * (Departamento de Policía de Miami-Dade)"): the language's word for police there translates the agency, it does not
 * place the service abroad. Drops that word's foreign-place match; a foreign force's own name ("Policía Nacional")
 * and a foreign country keep theirs. Reads at most six words between the agency and the word, on its line.
 */
final class TranslatedAgencyNames {
    /** Foreign-place matches that name a language's word for police, not a place. */
    private static final Set<String> POLICE_WORDS = Set.of("policia", "policía");
    private static final int READ = 6;

    private TranslatedAgencyNames() {
    }

    static List<PhraseMatcher.Match> without(NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        List<PhraseMatcher.Match> kept = null;
        for (int k = 0; k < matches.size(); k++) {
            PhraseMatcher.Match m = matches.get(k);
            boolean drop = k > 0 && policeWord(text, t, m) && translates(text, t, matches.get(k - 1), m);
            if (drop && kept == null) {
                kept = new ArrayList<>(matches.subList(0, k));
            } else if (!drop && kept != null) {
                kept.add(m);
            }
        }
        return kept == null ? matches : kept;
    }

    private static boolean policeWord(NormalizedText text, Tokens t, PhraseMatcher.Match m) {
        return m.phrase().kind() == Phrase.Kind.AGENCY && "foreign".equals(m.phrase().family()) && m.last() - m.first() == 1
                && POLICE_WORDS.contains(t.text(text, m.first()));
    }

    /** The match before is a US agency on the same line, and an opening parenthesis stands between them, a few words on. */
    private static boolean translates(NormalizedText text, Tokens t, PhraseMatcher.Match agency, PhraseMatcher.Match m) {
        if (agency.phrase().kind() != Phrase.Kind.AGENCY || !"le".equals(agency.phrase().family())
                || t.line[agency.first()] != t.line[m.first()] || m.first() - agency.last() > READ) {
            return false;
        }
        boolean open = false;
        for (int c = t.end[agency.last() - 1]; c < t.start[m.first()]; c++) {
            open |= text.chars[c] == '(';
            if (text.chars[c] == ')') {
                return false;
            }
        }
        return open;
    }
}
