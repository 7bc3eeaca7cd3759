package org.secondlook.analysis;

import java.util.List;

/**
 * A résumé forwarded by e-mail ("---------- Forwarded message ----------", "Fwd:"): the sender named on
 * the "From:" header line signs the message above the résumé, so a title on a line that names the sender,
 * or on the signature lines right under it, is the sender's ("Officer Danielle Pruitt #2281" over
 * "Recruiting Unit | Springfield Police Department"), not the applicant's, when the message speaks of the
 * applicant in the third person between the header and that line ("Met this candidate ... He's not
 * applying for a sworn position"). Reads the header once, on the
 * first title that asks; linear in the lines it looks at.
 */
final class MailSender extends Passage {
    /** Lines from the top where a forward marker and the "From:" header may stand. */
    private static final int HEADER_LINES = 12;
    /** Signature lines under the line that names the sender. */
    private static final int SIGNATURE_LINES = 2;
    /** The sender's surname as folded, or null when there is no forwarded message with a named sender (computed once). */
    private String surname;
    private int fromLine;
    private boolean read;
    /** Words a message uses for the applicant when its sender is someone else. */
    private static final java.util.Set<String> THIRD_PERSON = java.util.Set.of("he", "she", "his", "her", "him", "candidate",
            "applicant", "they", "their");
    /** Lines between the header and the signature the message may run on. */
    private static final int MESSAGE_LINES = 30;

    MailSender(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        super(original, text, t, matches);
    }

    /** The title at token {@code first} stands on a line that names the sender, or in the signature lines under one. */
    boolean signs(int first) {
        String name = surname();
        if (name == null) {
            return false;
        }
        int ln = t.line[first];
        if (ln < fromLine || ln - fromLine > MESSAGE_LINES || !aboutSomeoneElse(ln)) {
            return false;
        }
        for (int l = ln; l >= Math.max(0, ln - SIGNATURE_LINES); l--) {
            int i = t.firstTokenOfLine(l);
            if (i >= t.count || t.line[i] != l) {
                return false; // a blank line ends the signature
            }
            for (; i < t.count && t.line[i] == l; i++) {
                if (name.equals(t.text(text, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A third-person word for the applicant between the "From:" line and line {@code ln}. */
    private boolean aboutSomeoneElse(int ln) {
        for (int i = t.firstTokenOfLine(fromLine); i < t.count && t.line[i] < ln; i++) {
            if (THIRD_PERSON.contains(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    private String surname() {
        if (!read) {
            read = true;
            surname = readSurname();
        }
        return surname;
    }

    private String readSurname() {
        boolean forwarded = false;
        String name = null;
        for (int l = 0; l < Math.min(t.lines, HEADER_LINES); l++) {
            int i = t.firstTokenOfLine(l);
            if (i >= t.count || t.line[i] != l) {
                continue;
            }
            String w = t.text(text, i);
            if (w.equals("fwd") || w.equals("forwarded") || l > 0 && hasWord(l, "fwd")) {
                forwarded = true;
            }
            if (w.equals("from") && name == null && t.end[i] < text.chars.length && text.chars[t.end[i]] == ':') {
                name = nameBeforeAddress(l, i + 1);
                fromLine = l;
            }
        }
        return forwarded ? name : null;
    }

    private boolean hasWord(int l, String word) {
        for (int i = t.firstTokenOfLine(l); i < t.count && t.line[i] == l; i++) {
            if (word.equals(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    /** "From: Ofc. Danielle Pruitt <dpruitt@...>": the last word before the address ("pruitt"), or null. */
    private String nameBeforeAddress(int l, int from) {
        String last = null;
        for (int i = from; i < t.count && t.line[i] == l; i++) {
            if (t.start[i] > 0 && (text.chars[t.start[i] - 1] == '<' || text.chars[t.start[i] - 1] == '(')) {
                return last;
            }
            if (t.end[i] < text.chars.length && text.chars[t.end[i]] == '@') {
                return null; // a bare address: no name to find in a signature
            }
            last = t.text(text, i);
        }
        return last;
    }
}
