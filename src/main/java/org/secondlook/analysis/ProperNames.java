package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A one-word title that is part of a proper name, not a title held: a company or a street named with it
 * ("Trooper Transport LLC", "Sheriff Security", "Sheriff Street Foundation", "Trooper Road"), a surname after an
 * honorific ("Ms. Renata Trooper", "Mr. Marshall") or ending the name at the top of the text ("ANN SHERIFF"),
 * or a word inside an e-mail address ("ann.sheriff@bank.test"). A rank before a person's name ("Trooper John
 * Smith") and the names of agencies ("Sheriff's Office", "US Marshals Service") stay titles. Reads at most four
 * words after the title and two before it, on its line.
 */
final class ProperNames {
    /** Capitalized words that may follow the title inside a business's or a street's name. */
    private static final int NAME_WORDS = 4;
    /** Words that make a capitalized run after the title the name of a business or a street, not a person. */
    private static final Set<String> NAME_TAILS = Set.of("llc", "inc", "corp", "co", "company", "ltd", "lp", "llp",
            "transport", "transportation", "trucking", "logistics", "freight", "express", "lines", "security", "roofing",
            "mechanical", "construction", "auto", "parts", "motors", "mutual", "insurance", "talent", "agency", "travel",
            "plaza", "foundation", "shelter", "realty", "properties", "holdings", "group", "partners", "industries",
            "enterprises", "services", "solutions", "supply", "electric", "plumbing", "brewing", "brewery", "films",
            "productions", "records", "band", "bank", "market", "store", "stores", "cafe", "diner", "grill", "hotel",
            "inn", "motel", "storage", "moving", "towing", "landscaping", "painting", "homes", "systems", "technologies",
            "highway", "yard", "street", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "boulevard", "blvd",
            "way", "court", "ct", "parkway", "pkwy", "circle", "place", "terrace", "trail");
    /** Words that make the capitalized word before them the name of a street ("Police Lane", "Sheriff Street"). */
    private static final Set<String> STREETS = Set.of("street", "road", "rd", "avenue", "ave", "lane", "ln",
            "drive", "boulevard", "blvd", "way", "court", "ct", "parkway", "pkwy", "circle", "place", "terrace", "trail");
    /** Titles that are also common surnames and names of businesses and streets. */
    private static final Set<String> NAME_WORDS_TOO = Set.of("sheriff", "trooper", "marshal", "marshall", "ranger", "constable");
    /** Words before a surname. */
    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "miss", "mx", "dr");
    /** Words that make a title in the top line a title ("State Trooper", "Deputy Sheriff"), not a surname. */
    private static final Set<String> TITLE_WORDS = Set.of("state", "senior", "master", "county", "deputy", "chief",
            "park", "city", "town", "village", "us", "u", "s", "federal", "district", "police", "lead", "acting", "retired",
            "former", "texas", "high", "under", "special", "assistant", "sergeant", "corporal", "trooper", "sheriff",
            "marshal", "ranger", "constable", "first", "second", "probationary", "reserve", "auxiliary", "ret");

    private ProperNames() {
    }

    /** True when the one-word title at token {@code first} is part of a business's, a street's or a person's name. */
    static boolean partOfName(String original, NormalizedText text, Tokens t, int first, int last) {
        if (last - first != 1 || !NAME_WORDS_TOO.contains(t.text(text, first))) {
            return false;
        }
        return inAddress(text, t, first) || businessOrStreet(original, text, t, first) || surname(original, text, t, first);
    }

    /**
     * The matches without a one-word law-enforcement agency that names a street ("Police Lane, Fayetteville"): a
     * street's name is an address, not an employer beside a title.
     */
    static List<PhraseMatcher.Match> withoutStreets(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        List<PhraseMatcher.Match> kept = null;
        for (int k = 0; k < matches.size(); k++) {
            PhraseMatcher.Match m = matches.get(k);
            int i = m.last();
            boolean street = m.phrase().kind() == Phrase.Kind.AGENCY && "le".equals(m.phrase().family()) && m.last() - m.first() == 1
                    && i < t.count && t.line[i] == t.line[m.first()] && t.start[i] - t.end[i - 1] == 1 && text.chars[t.end[i - 1]] == ' '
                    && upper(original, text, t, m.first()) && upper(original, text, t, i) && STREETS.contains(t.text(text, i));
            if (street && kept == null) {
                kept = new ArrayList<>(matches.subList(0, k));
            } else if (!street && kept != null) {
                kept.add(m);
            }
        }
        return kept == null ? matches : kept;
    }

    /** "ann.sheriff@", "sheriff@": the word joined to an e-mail address by a dot or an at sign. */
    private static boolean inAddress(NormalizedText text, Tokens t, int i) {
        int b = t.start[i] - 1;
        int a = t.end[i];
        boolean joinedBefore = b > 0 && (text.chars[b] == '@' || text.chars[b] == '.' && Tokens.wordChar(text.chars[b - 1]));
        boolean joinedAfter = a < text.length && text.chars[a] == '@';
        return joinedBefore || joinedAfter;
    }

    /** "Trooper Mutual Auto Insurance", "Sheriff Street": capitalized words right after it, one of a business or a street. */
    private static boolean businessOrStreet(String original, NormalizedText text, Tokens t, int first) {
        int ln = t.line[first];
        for (int i = first + 1; i < t.count && i <= first + NAME_WORDS && t.line[i] == ln; i++) {
            if (t.start[i] - t.end[i - 1] != 1 || text.chars[t.end[i - 1]] != ' ' || !upper(original, text, t, i)) {
                return false;
            }
            if (NAME_TAILS.contains(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    /** "Ms. Renata Trooper", "Mr. Marshall", or the last word of a name alone on the text's first line ("ANN SHERIFF"). */
    private static boolean surname(String original, NormalizedText text, Tokens t, int first) {
        int ln = t.line[first];
        for (int i = first - 1; i >= 0 && i >= first - 2 && t.line[i] == ln; i--) {
            if (HONORIFICS.contains(t.text(text, i))) {
                return true;
            }
            if (!upper(original, text, t, i)) {
                return false;
            }
        }
        if (first == 0 || t.line[first - 1] != ln || t.line[0] != ln || first > 3
                || first + 1 < t.count && t.line[first + 1] == ln) {
            return false;
        }
        for (int i = 0; i < first; i++) {
            if (TITLE_WORDS.contains(t.text(text, i)) || !upper(original, text, t, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean upper(String original, NormalizedText text, Tokens t, int i) {
        return Character.isUpperCase(original.charAt(text.originalStart(t.start[i])));
    }
}
