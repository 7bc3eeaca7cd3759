package org.secondlook.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secondlook.domain.EvidenceSpan;

/**
 * Turns the batch's {@code classifier_evidence} into spans over the résumé text: either a JSON array
 * of {@code {"start","end","term"}} (UTF-16 offsets, end exclusive; a span outside the text rejects the
 * row) or a {@code ;}-separated list of terms, each occurrence of which (case-insensitive, at word
 * boundaries) becomes a span (a term that does not occur is noted, not an error).
 */
final class EvidenceResolver {
    private static final int MAX_CACHED_PATTERNS = 256;

    private final ObjectMapper mapper;
    private final Map<String, Pattern> patterns = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > MAX_CACHED_PATTERNS;
        }
    };

    EvidenceResolver(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The spans, in text order; {@code notes} receives remarks that do not reject the row. */
    List<EvidenceSpan> resolve(String evidence, String text, List<String> notes) throws RowProblem {
        if (evidence == null || evidence.isBlank()) {
            return List.of();
        }
        String e = evidence.strip();
        List<EvidenceSpan> spans = e.startsWith("[") || e.startsWith("{") ? fromJson(e, text, notes) : fromTerms(e, text, notes);
        spans.sort(Comparator.comparingInt(EvidenceSpan::getStart).thenComparingInt(EvidenceSpan::getEnd));
        return List.copyOf(spans);
    }

    private List<EvidenceSpan> fromJson(String json, String text, List<String> notes) throws RowProblem {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException ex) {
            long at = ex.getLocation() == null ? -1 : ex.getLocation().getColumnNr();
            throw new RowProblem("classifier_evidence is not valid JSON" + (at > 0 ? " (error near character " + at + ")" : ""));
        }
        if (!root.isArray()) {
            throw new RowProblem("classifier_evidence must be a JSON array of {\"start\", \"end\", \"term\"} objects");
        }
        List<EvidenceSpan> spans = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root) {
            i++;
            if (!n.isObject() || !n.path("start").canConvertToInt() || !n.path("end").canConvertToInt()
                    || !n.path("start").isIntegralNumber() || !n.path("end").isIntegralNumber()) {
                throw new RowProblem("classifier_evidence item " + i + " needs whole-number \"start\" and \"end\"");
            }
            int start = n.get("start").intValue();
            int end = n.get("end").intValue();
            String term = n.hasNonNull("term") ? n.get("term").asText() : null;
            if (start < 0 || end < start || end > text.length()) {
                throw new RowProblem("classifier_evidence span " + start + "–" + end + " lies outside the résumé text ("
                        + text.length() + " characters)");
            }
            if (term != null && !text.substring(start, end).equalsIgnoreCase(term)) {
                notes.add("evidence term '" + term + "' does not match the text at " + start + "–" + end);
            }
            spans.add(new EvidenceSpan(start, end, term == null ? text.substring(start, end) : term));
        }
        return spans;
    }

    private List<EvidenceSpan> fromTerms(String list, String text, List<String> notes) {
        List<EvidenceSpan> spans = new ArrayList<>();
        for (String raw : list.split(";")) {
            String term = raw.strip();
            if (term.isEmpty()) {
                continue;
            }
            Matcher m = pattern(term).matcher(text);
            boolean found = false;
            while (m.find()) {
                found = true;
                spans.add(new EvidenceSpan(m.start(), m.end(), term));
            }
            if (!found) {
                notes.add("evidence term '" + term + "' does not occur in the résumé text");
            }
        }
        return spans;
    }

    private Pattern pattern(String term) {
        return patterns.computeIfAbsent(term, t -> Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
}
