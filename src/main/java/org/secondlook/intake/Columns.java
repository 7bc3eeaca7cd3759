package org.secondlook.intake;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The batch's column names (docs/formats.md) and how a header cell is matched to them. */
final class Columns {
    static final String APPLICANT_ID = "applicant_id";
    static final String FULL_NAME = "full_name";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String FIELD_OFFICE = "field_office";
    static final String STATUS = "status";
    static final String HIRE_DATE = "hire_date";
    static final String RESUME_TEXT = "resume_text";
    static final String RESUME_FILE = "resume_file";
    static final String CLASSIFIER_LABEL = "classifier_label";
    static final String CLASSIFIER_SCORE = "classifier_score";
    static final String CLASSIFIER_EVIDENCE = "classifier_evidence";
    static final String CLASSIFIER_MODEL = "classifier_model";

    static final Set<String> KNOWN = Set.of(APPLICANT_ID, FULL_NAME, EMAIL, PHONE, FIELD_OFFICE, STATUS, HIRE_DATE,
            RESUME_TEXT, RESUME_FILE, CLASSIFIER_LABEL, CLASSIFIER_SCORE, CLASSIFIER_EVIDENCE, CLASSIFIER_MODEL);
    static final List<String> REQUIRED = List.of(APPLICANT_ID, FULL_NAME, CLASSIFIER_LABEL);

    private Columns() {
    }

    /** "Applicant ID", " applicant-id " and "APPLICANT_ID" all name {@code applicant_id}; a BOM is dropped. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String h = header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
        return h.replaceAll("[\\s\\-]+", "_");
    }

    /**
     * Checks a header row (or the keys of the first JSON object) and says, in one sentence, why it is
     * unusable; null when it will do.
     */
    static String problemWith(Collection<String> normalisedNames, String fileName, String what) {
        boolean anyKnown = normalisedNames.stream().anyMatch(KNOWN::contains);
        if (!anyKnown) {
            return fileName + " has no recognizable " + what + "; its " + (what.equals("columns") ? "first row" : "objects")
                    + " must name at least applicant_id, full_name and classifier_label (see docs/formats.md).";
        }
        List<String> missing = REQUIRED.stream().filter(c -> !normalisedNames.contains(c)).toList();
        if (!missing.isEmpty() && what.equals("columns")) {
            return fileName + " has no " + String.join(", ", missing) + " column; add "
                    + (missing.size() == 1 ? "it" : "them") + " to the header row (see docs/formats.md).";
        }
        return null;
    }
}
