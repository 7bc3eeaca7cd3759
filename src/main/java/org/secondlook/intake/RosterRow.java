package org.secondlook.intake;

import java.time.LocalDate;

/**
 * One valid academy roster row (docs/formats.md, the academy roster): who (an applicant id, or a full name with a date of
 * birth), which class, its dates and its result.
 *
 * @param rowNumber  as a spreadsheet user sees it (the header is row 1)
 * @param applicantId null when the row names the person by full name and date of birth
 * @param result     the class's result, {@link Result#NONE} while the class runs
 * @param endDate    null while the class runs
 */
public record RosterRow(int rowNumber, String applicantId, String fullName, LocalDate dateOfBirth,
                        String classNumber, LocalDate startDate, LocalDate endDate, Result result, String hours,
                        String instructor) {
    /** A roster row's {@code result}. */
    public enum Result {
        PASS, FAIL, WITHDRAWN,
        /** Empty: the class runs. */
        NONE;

        /** As written in a roster ({@code NONE} is the empty cell). */
        public String text() {
            return this == NONE ? "" : name();
        }
    }

    /** How the row names its person, for a report: the id, or "row N's name and date of birth". */
    public String who() {
        return applicantId != null ? applicantId : "(name and date of birth)";
    }
}
