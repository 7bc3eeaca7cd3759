package org.secondlook.analysis;

import java.util.Set;

/**
 * Résumés kept as BibTeX-style records ({@code @job{mercy, title = {Privacy Officer}, note = {... from police
 * and sheriff}}}): a title inside a braced field value is read by its record and its field. A title in a
 * publication's record ({@code @article{..., title = {Body-Worn Cameras and Officer Complaints}}}) is a work's
 * title; a lower-case title inside a note or description field is someone the applicant dealt with. Reads the
 * title's line back to its opening brace, and at most a few lines above for the record's type.
 */
final class BibRecords {
    /** How many lines above the title the record's "@type{" may open. */
    private static final int RECORD_REACH_LINES = 8;
    /** How far (characters) before the title its field's opening brace may stand. */
    private static final int BRACE_REACH = 200;
    private static final Set<String> PUBLICATIONS = Set.of("article", "book", "inbook", "incollection", "inproceedings",
            "proceedings", "phdthesis", "mastersthesis", "techreport", "unpublished", "conference", "publication");
    private static final Set<String> NOTE_FIELDS = Set.of("note", "notes", "description", "duties", "summary", "abstract",
            "keywords", "details");

    private BibRecords() {
    }

    /** True when the title at token {@code first} sits in a braced field of a publication's record. */
    static boolean inPublication(NormalizedText text, Tokens t, int first) {
        return openBrace(text, t, first) >= 0 && PUBLICATIONS.contains(recordType(text, t, t.line[first]));
    }

    /** True when the title at token {@code first} sits in a braced note or description field of a record. */
    static boolean inNote(NormalizedText text, Tokens t, int first) {
        int brace = openBrace(text, t, first);
        return brace >= 0 && NOTE_FIELDS.contains(fieldKey(text, Math.max(t.lineStart[t.line[first]], brace - BRACE_REACH), brace))
                && recordType(text, t, t.line[first]) != null;
    }

    /** The unclosed "{" before the token on its line, right after "key =", or -1. */
    private static int openBrace(NormalizedText text, Tokens t, int first) {
        int from = Math.max(t.lineStart[t.line[first]], t.start[first] - BRACE_REACH);
        int depth = 0;
        for (int i = t.start[first] - 1; i >= from; i--) {
            char c = text.chars[i];
            if (c == '}') {
                depth++;
            } else if (c == '{' && depth-- == 0) {
                return fieldKey(text, from, i) != null ? i : -1;
            }
        }
        return -1;
    }

    /** The word before "=" right before the brace at {@code brace} ("title = {"), or null. */
    private static String fieldKey(NormalizedText text, int from, int brace) {
        int i = brace - 1;
        while (i >= from && text.chars[i] == ' ') {
            i--;
        }
        if (i < from || text.chars[i] != '=') {
            return null;
        }
        i--;
        while (i >= from && text.chars[i] == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= from && Character.isLetter(text.chars[i])) {
            i--;
        }
        return end > i + 1 ? new String(text.chars, i + 1, end - i - 1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The type of the record ("@article{") opening the line or one of the few lines above, or null. */
    private static String recordType(NormalizedText text, Tokens t, int ln) {
        for (int l = ln; l >= Math.max(0, ln - RECORD_REACH_LINES); l--) {
            int i = t.lineStart[l];
            int to = t.lineStart[l + 1];
            while (i < to && text.chars[i] == ' ') {
                i++;
            }
            if (i < to && text.chars[i] == '@') {
                int s = ++i;
                while (i < to && Character.isLetter(text.chars[i])) {
                    i++;
                }
                return i < to && text.chars[i] == '{' ? new String(text.chars, s, i - s).toLowerCase(java.util.Locale.ROOT) : null;
            }
        }
        return null;
    }
}
