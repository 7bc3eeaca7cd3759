package org.secondlook.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.EvidenceSpan;

/**
 * Checks one raw row against docs/formats.md and builds its {@link ApplicantRecord}, or says in plain
 * words why it cannot be imported. Holds the ids seen so far, so one instance serves one batch file.
 */
final class RowValidator {
    static final Set<String> STATUSES = Set.of("APPLICANT", "SELECTED", "IN_TRAINING", "DEPLOYED");
    static final String DEFAULT_STATUS = "SELECTED";
    /** The store's bound on an id; a longer one is refused here, before it is remembered for the duplicate check. */
    static final int MAX_ID_CHARS = 128;

    private final ResumeLoader resumes;
    private final EvidenceResolver evidence;
    private final Map<String, Integer> firstRowOfId = new HashMap<>();

    RowValidator(ResumeLoader resumes, EvidenceResolver evidence) {
        this.resumes = resumes;
        this.evidence = evidence;
    }

    /** A control or text-direction character in an id, a name, an e-mail or an office refuses the row. */
    private static void forbiddenCharacter(String column, String value, List<String> problems) {
        if (value == null) {
            return;
        }
        int c = ControlCharacters.firstForbiddenInField(value);
        if (c >= 0) {
            problems.add(column + " holds a control or text-direction character (" + ControlCharacters.codePoint(c)
                    + "); remove it and send the row again");
        }
    }

    /** The applicant id of a raw row, trimmed, or null. */
    static String idOf(RawRow row) {
        return value(row, Columns.APPLICANT_ID);
    }

    ApplicantRecord validate(RawRow row) throws RowProblem {
        List<String> problems = new ArrayList<>();
        String id = idOf(row);
        if (id == null) {
            problems.add("applicant_id is missing");
        } else if (id.length() > MAX_ID_CHARS) {
            problems.add("applicant_id is longer than " + MAX_ID_CHARS + " characters");
        } else {
            Integer first = firstRowOfId.putIfAbsent(id, row.rowNumber());
            if (first != null) {
                throw new RowProblem("applicant_id " + Quote.of(id) + " appears twice in this file (first on row " + first + ")");
            }
        }
        String name = value(row, Columns.FULL_NAME);
        if (name == null) {
            problems.add("full_name is missing");
        }
        forbiddenCharacter(Columns.APPLICANT_ID, id, problems);
        forbiddenCharacter(Columns.FULL_NAME, name, problems);
        forbiddenCharacter(Columns.EMAIL, value(row, Columns.EMAIL), problems);
        forbiddenCharacter(Columns.FIELD_OFFICE, value(row, Columns.FIELD_OFFICE), problems);
        ClassifierLabel label = null;
        String labelText = value(row, Columns.CLASSIFIER_LABEL);
        if (labelText == null) {
            problems.add("classifier_label is missing");
        } else {
            Optional<ClassifierLabel> parsed = ClassifierLabel.parse(labelText);
            if (parsed.isEmpty()) {
                problems.add("classifier_label '" + Quote.of(labelText) + "' is not LEO or NON_LEO");
            } else {
                label = parsed.get();
            }
        }
        String status = status(value(row, Columns.STATUS), problems);
        LocalDate hireDate = hireDate(value(row, Columns.HIRE_DATE), problems);
        Double score = score(value(row, Columns.CLASSIFIER_SCORE), problems);

        String inline = row.get(Columns.RESUME_TEXT);
        boolean hasInline = inline != null && !inline.isBlank();
        String fileName = value(row, Columns.RESUME_FILE);
        if (!hasInline && fileName == null) {
            problems.add("the résumé is missing: give resume_text or resume_file");
        }
        if (!problems.isEmpty()) {
            throw new RowProblem(String.join("; ", problems));
        }

        List<String> notes = new ArrayList<>();
        String text;
        String type;
        String source;
        byte[] original = null;
        if (hasInline) {
            text = inline;
            type = "TEXT";
            source = null;
            if (fileName != null) {
                notes.add("both resume_text and resume_file were given; resume_text was used");
            }
        } else {
            ResumeLoader.Loaded loaded = resumes.load(fileName);
            text = loaded.text();
            type = loaded.type();
            source = fileName;
            original = loaded.original();
            if (loaded.note() != null) {
                notes.add(loaded.note());
            }
        }
        ControlCharacters.Cleaned cleaned = ControlCharacters.inResume(text);
        if (cleaned.replaced() > 0) {
            text = cleaned.text();
            notes.add(cleaned.replaced() + " control or text-direction character(s) in the résumé text were replaced"
                    + " by spaces");
        }
        List<EvidenceSpan> spans = evidence.resolve(row.get(Columns.CLASSIFIER_EVIDENCE), text, notes);
        return new ApplicantRecord(row.rowNumber(), id, name, value(row, Columns.EMAIL), value(row, Columns.PHONE),
                value(row, Columns.FIELD_OFFICE), status, hireDate, text, source, type, label, score, spans,
                value(row, Columns.CLASSIFIER_MODEL), extras(row), List.copyOf(notes), original);
    }

    private static String status(String text, List<String> problems) {
        if (text == null) {
            return DEFAULT_STATUS;
        }
        String s = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!STATUSES.contains(s)) {
            problems.add("status '" + Quote.of(text) + "' is not one of APPLICANT, SELECTED, IN_TRAINING, DEPLOYED");
            return null;
        }
        return s;
    }

    private static LocalDate hireDate(String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            // A spreadsheet date-time cell ("2021-03-14 08:30") still names the date.
            boolean withTime = text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 'T')
                    && text.substring(11).matches("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
            return LocalDate.parse(withTime ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            problems.add("hire_date '" + Quote.of(text) + "' is not a date in the form YYYY-MM-DD");
            return null;
        }
    }

    private static Double score(String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            boolean percent = text.endsWith("%");
            double v = Double.parseDouble(percent ? text.substring(0, text.length() - 1).strip() : text);
            if (percent) {
                v /= 100.0;
            }
            if (Double.isNaN(v) || v < 0 || v > 1) {
                problems.add("classifier_score '" + Quote.of(text) + "' is not a number from 0 to 1");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add("classifier_score '" + Quote.of(text) + "' is not a number from 0 to 1");
            return null;
        }
    }

    private static Map<String, String> extras(RawRow row) {
        Map<String, String> extras = new TreeMap<>();
        for (Map.Entry<String, String> e : row.fields().entrySet()) {
            if (!Columns.KNOWN.contains(e.getKey()) && e.getValue() != null && !e.getValue().isBlank()) {
                extras.put(e.getKey(), e.getValue());
            }
        }
        return extras.isEmpty() ? Map.of() : new LinkedHashMap<>(extras);
    }

    private static String value(RawRow row, String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        String s = v.strip();
        return s.isEmpty() ? null : s;
    }
}
