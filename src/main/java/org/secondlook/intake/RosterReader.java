package org.secondlook.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an academy roster (docs/formats.md, the academy roster): CSV or XLSX with the same readers and reading rules as a
 * batch (format checked against content, size limits, XLSX zip-bomb limits, cells as a person sees
 * them). Each row goes to the handler as a {@link RosterRow}, or as a {@link RowRejection} with its
 * row number and reason; unknown columns are ignored.
 */
public final class RosterReader {
    static final String APPLICANT_ID = "applicant_id";
    static final String FULL_NAME = "full_name";
    static final String DATE_OF_BIRTH = "date_of_birth";
    static final String CLASS_NUMBER = "class_number";
    static final String START_DATE = "start_date";
    static final String END_DATE = "end_date";
    static final String RESULT = "result";
    static final String HOURS = "hours";
    static final String INSTRUCTOR = "instructor";

    /** Receives each row, in file order. */
    public interface Handler {
        void accepted(RosterRow row);

        void rejected(RowRejection rejection);
    }

    private final ReadLimits limits;

    public RosterReader() {
        this(ReadLimits.defaults());
    }

    public RosterReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads the whole roster.
     *
     * @throws UnusableFileException the file as a whole cannot be used; its message is one plain sentence
     * @throws IOException           reading failed for a reason outside the file (disk, permissions)
     */
    public void read(Path roster, Handler handler) throws UnusableFileException, IOException {
        FormatCheck.Format format = FormatCheck.formatOf(roster, limits);
        RowSource source = switch (format) {
            case CSV -> new CsvRowSource(roster, Files.size(roster), RosterReader::headerProblem);
            case XLSX -> new XlsxRowSource(roster, RosterReader::headerProblem);
            case JSONL -> throw new UnusableFileException(roster.getFileName() + " is JSON Lines; a roster is a .csv or"
                    + " .xlsx file (see docs/formats.md).");
        };
        source.readRows(new RowSink() {
            @Override
            public boolean row(RawRow row, double fraction) {
                List<String> problems = new ArrayList<>();
                RosterRow r = validate(row, problems);
                if (problems.isEmpty()) {
                    handler.accepted(r);
                } else {
                    handler.rejected(new RowRejection(row.rowNumber(), value(row, APPLICANT_ID), String.join("; ", problems)));
                }
                return true;
            }

            @Override
            public boolean unreadable(int rowNumber, String reason, double fraction) {
                handler.rejected(new RowRejection(rowNumber, null, reason));
                return true;
            }
        });
    }

    static String headerProblem(List<String> header, String fileName) {
        List<String> missing = new ArrayList<>();
        if (!header.contains(APPLICANT_ID) && !(header.contains(FULL_NAME) && header.contains(DATE_OF_BIRTH))) {
            missing.add("applicant_id (or full_name and date_of_birth)");
        }
        for (String c : List.of(CLASS_NUMBER, START_DATE)) {
            if (!header.contains(c)) {
                missing.add(c);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        return fileName + " is not an academy roster: it has no " + String.join(", ", missing) + " column; add "
                + (missing.size() == 1 ? "it" : "them") + " to the header row (see docs/formats.md).";
    }

    static RosterRow validate(RawRow row, List<String> problems) {
        String id = value(row, APPLICANT_ID);
        String name = value(row, FULL_NAME);
        LocalDate dob = date(row, DATE_OF_BIRTH, problems);
        if (id == null && (name == null || value(row, DATE_OF_BIRTH) == null)) {
            problems.add("the row has no applicant_id, and no full_name with date_of_birth to match it by");
        }
        String cls = value(row, CLASS_NUMBER);
        if (cls == null) {
            problems.add("class_number is empty");
        }
        LocalDate start = date(row, START_DATE, problems);
        if (value(row, START_DATE) == null) {
            problems.add("start_date is empty");
        }
        LocalDate end = date(row, END_DATE, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("end_date " + end + " is before start_date " + start);
        }
        RosterRow.Result result = result(value(row, RESULT), problems);
        check(id, APPLICANT_ID, 128, problems);
        check(name, FULL_NAME, 300, problems);
        check(cls, CLASS_NUMBER, 64, problems);
        check(value(row, HOURS), HOURS, 32, problems);
        check(value(row, INSTRUCTOR), INSTRUCTOR, 300, problems);
        return new RosterRow(row.rowNumber(), id, name, dob, cls, start, end, result, value(row, HOURS),
                value(row, INSTRUCTOR));
    }

    private static void check(String value, String column, int max, List<String> problems) {
        if (value != null && value.length() > max) {
            problems.add(column + " is longer than " + max + " characters");
        }
    }

    private static RosterRow.Result result(String text, List<String> problems) {
        if (text == null) {
            return RosterRow.Result.NONE;
        }
        String t = text.toUpperCase(Locale.ROOT);
        for (RosterRow.Result r : RosterRow.Result.values()) {
            if (r != RosterRow.Result.NONE && r.name().equals(t)) {
                return r;
            }
        }
        problems.add("result '" + text + "' is not PASS, FAIL, WITHDRAWN or empty");
        return RosterRow.Result.NONE;
    }

    /** An ISO date; a spreadsheet date-time cell ("2026-03-14 00:00") still names the date. */
    private static LocalDate date(RawRow row, String column, List<String> problems) {
        String text = value(row, column);
        if (text == null) {
            return null;
        }
        try {
            boolean withTime = text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 'T')
                    && text.substring(11).matches("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
            return LocalDate.parse(withTime ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            // A date of birth is personal data: the report names the column, not what it held.
            problems.add(column + (column.equals(DATE_OF_BIRTH) ? "" : " '" + text + "'") + " is not a date in the form YYYY-MM-DD");
            return null;
        }
    }

    private static String value(RawRow row, String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        String t = v.strip();
        return t.isEmpty() ? null : t;
    }
}
