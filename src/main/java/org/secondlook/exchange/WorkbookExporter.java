package org.secondlook.exchange;
import org.secondlook.review.exchange.ExportCancelledException;
import org.secondlook.review.exchange.ExportProgress;
import org.secondlook.review.exchange.ExportResult;

import org.secondlook.review.exchange.ExportSource;
import org.secondlook.review.exchange.DecisionRow;
import org.secondlook.review.exchange.EvidenceRow;
import org.secondlook.review.exchange.AuditRow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.secondlook.review.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the Excel workbook — <em>Decisions</em>, <em>Evidence</em>, <em>Audit</em>, <em>Summary</em>,
 * <em>Training</em> —
 * streaming (SXSSF keeps only a window of rows in memory), so the number of cases does not matter.
 * The file appears only when complete: it is written beside the target and moved into place, and a
 * failure or a cancel leaves no partial file. Independent of the database: rows come from an
 * {@link ExportSource}.
 */
public final class WorkbookExporter {
    /** The sheets, in the order they are written (progress reports name them). */
    public static final String DECISIONS = "Decisions";
    public static final String EVIDENCE = "Evidence";
    public static final String AUDIT = ExportProgress.LAST_SHEET;
    /**
     * Columns A–N show words where the window does ("Basic academy", "Not law enforcement", the reason's
     * label, "Signed off"); columns O–S, added after them, hold the same values as stored codes for scripts.
     */
    static final String[] DECISION_HEADERS = {"Applicant id", "Name", "Office", "Tool's label", "Analyzer verdict",
        "LE months", "Decided track", "Reason", "Note", "Reviewer", "Decided at", "Supervisor", "Signed off at", "State",
        "Tool's label code", "Verdict code", "Track code", "Reason code", "State code"};
    static final int[] DECISION_WIDTHS = {16, 28, 20, 12, 20, 10, 16, 40, 40, 14, 20, 14, 20, 12, 12, 12, 12, 26, 12};
    /** Column B shows the kind in words; column G, added after the others, holds its code. */
    static final String[] EVIDENCE_HEADERS = {"Applicant id", "Kind", "Start", "End", "Text", "Explanation", "Kind code"};
    static final int[] EVIDENCE_WIDTHS = {16, 30, 8, 8, 40, 60, 22};
    static final String[] AUDIT_HEADERS = {"Seq", "Time", "Actor", "Type", "Subject", "Details", "Hash"};
    static final int[] AUDIT_WIDTHS = {8, 20, 14, 14, 16, 60, 66};

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookExporter.class);
    private static final int ROW_WINDOW = 200;
    private static final int PROGRESS_EVERY = 1_000;

    private final Clock clock;
    private final ZoneId zone;

    /** @param clock the export time and the time zone that date cells are shown in */
    public WorkbookExporter(Clock clock) {
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * Writes the workbook to {@code target}, replacing a file there only once the new one is complete.
     *
     * @param office   the exporting office's name, shown on the Summary sheet
     * @param password null for a plain workbook, else the password Excel will ask for
     * @throws InvalidInputException   when the target cannot be written (one sentence)
     * @throws ExportCancelledException when {@code progress} asked to stop
     */
    public ExportResult export(ExportSource source, String office, Path target, char[] password,
                               ExportProgress progress) {
        if (password != null && password.length == 0) {
            throw new InvalidInputException("The workbook password is empty: put the password in the password file.");
        }
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("Cannot write " + target + ": the folder " + folder
                    + " does not exist; create it or choose another --output.");
        }
        if (Files.isDirectory(absolute)) {
            throw new InvalidInputException("Cannot write " + target + ": it is a folder; give a file name ending in .xlsx.");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder, ".secondlook-export-", ".part");
            ExportResult counts = writeWorkbook(source, office, tmp, password, progress);
            stopIfCancelled(progress); // a cancel while the file was being written still leaves nothing
            moveIntoPlace(tmp, absolute);
            tmp = null;
            LOG.info("Exported workbook: {} decision rows, {} evidence rows, {} audit rows, encrypted={}",
                    counts.decisions(), counts.evidence(), counts.auditEvents(), counts.encrypted());
            return new ExportResult(absolute, counts.decisions(), counts.evidence(), counts.auditEvents(),
                    counts.encrypted());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Export to {} failed", target, e);
            throw new InvalidInputException("Cannot write " + target + ": " + e.getMessage()
                    + " — check the disk space and that you may write there.", e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private ExportResult writeWorkbook(ExportSource source, String office, Path file, char[] password,
                                       ExportProgress progress) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ExportResult r = writeWorkbook(source, office, out, password, progress);
            return new ExportResult(file, r.decisions(), r.evidence(), r.auditEvents(), r.encrypted());
        }
    }

    /**
     * Writes the plain workbook straight into {@code out} (e.g. a package's encrypted part), with no
     * intermediate file: nothing plain is ever on disk. Leaves {@code out} open.
     */
    public ExportResult writeTo(ExportSource source, String office, OutputStream out) throws IOException {
        return writeWorkbook(source, office, org.apache.commons.io.output.CloseShieldOutputStream.wrap(out), null,
                ExportProgress.NONE);
    }

    private ExportResult writeWorkbook(ExportSource source, String office, OutputStream out, char[] password,
                                       ExportProgress progress) throws IOException {
        SXSSFWorkbook wb = new EncryptedTempWorkbook(ROW_WINDOW);
        try {
            SheetStyles styles = new SheetStyles(wb);
            SummaryCounts counts = new SummaryCounts();
            WorkbookWords words = WorkbookWords.standard();
            long expected = source.expectedDecisionRows();
            long[] rows;

            // All three sheets' rows are read ahead at once, each on its own thread and connection, and written at
            // once: the evidence and the audit trail each on a thread of their own (SheetJob), the decisions here.
            SheetWriter decisions = new SheetWriter(wb.createSheet(DECISIONS), styles, zone, DECISION_HEADERS,
                    DECISION_WIDTHS);
            SheetWriter evidence = new SheetWriter(wb.createSheet(EVIDENCE), styles, zone, EVIDENCE_HEADERS,
                    EVIDENCE_WIDTHS);
            SheetWriter audit = new SheetWriter(wb.createSheet(AUDIT), styles, zone, AUDIT_HEADERS, AUDIT_WIDTHS);
            try (Stream<DecisionRow> d = source.decisions(); ReadAhead<DecisionRow> dRows = new ReadAhead<>(d, DECISIONS);
                 Stream<EvidenceRow> e = source.evidence(); ReadAhead<EvidenceRow> eRows = new ReadAhead<>(e, EVIDENCE);
                 Stream<AuditRow> a = source.auditEvents(); ReadAhead<AuditRow> aRows = new ReadAhead<>(a, AUDIT);
                 SheetJob<EvidenceRow> eJob = new SheetJob<>(EVIDENCE, eRows, r -> evidence.row().text(r.applicantId())
                         .text(words.kind(r.kind())).number(r.start()).number(r.end()).text(r.text())
                         .text(r.explanation()).text(r.kind()));
                 SheetJob<AuditRow> aJob = new SheetJob<>(AUDIT, aRows, r -> audit.row().number(r.seq()).time(r.time())
                         .text(r.actor()).text(r.type()).text(r.subject()).text(r.details()).text(r.hash()))) {
                each(dRows, DECISIONS, expected, progress, r -> {
                    counts.add(r);
                    decisions.row().text(r.applicantId()).text(r.fullName()).text(r.office())
                            .text(words.label(r.toolLabel())).text(words.verdict(r.verdict())).number(r.leMonths())
                            .text(words.track(r.track())).text(words.reason(r.reason())).text(r.note())
                            .text(r.reviewer()).time(r.decidedAt()).text(r.supervisor()).time(r.signedOffAt())
                            .text(words.state(r.state()))
                            .text(r.toolLabel()).text(r.verdict()).text(r.track()).text(r.reason()).text(r.state());
                });
                finish(eJob, evidence, EVIDENCE, progress);
                finish(aJob, audit, AUDIT, progress);
            }
            decisions.finish();
            evidence.finish();
            audit.finish();
            rows = new long[] {decisions.rows(), evidence.rows(), audit.rows()};

            SummarySheet.write(wb, styles, counts, words, office, clock.instant(), zone);
            TrainingSheet.write(wb, styles, zone, source);
            wb.setActiveSheet(0);

            if (password == null) {
                wb.write(out);
            } else {
                WorkbookEncryption.writeEncrypted(wb, password, out);
            }
            return new ExportResult(null, rows[0], rows[1], rows[2], password != null);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** Writes each of {@code rows}, read ahead on a thread of their own ({@link ReadAhead}) while this one writes. */
    private static <T> void each(ReadAhead<T> rows, String sheet, long expected, ExportProgress progress,
                                 Consumer<T> write) {
        long n = 0;
        while (rows.hasNext()) {
            write.accept(rows.next());
            n++;
            if (n % PROGRESS_EVERY == 0) {
                stopIfCancelled(progress);
                progress.rowsWritten(sheet, n, expected > 0 ? Math.min(1.0, (double) n / expected) : -1);
            }
        }
        stopIfCancelled(progress);
        progress.rowsWritten(sheet, n, 1.0);
    }

    /** Waits for a sheet written on a thread of its own ({@link SheetJob}), then reports it complete. */
    private static void finish(SheetJob<?> job, SheetWriter sheet, String name, ExportProgress progress) {
        job.await(progress::isCancelled);
        stopIfCancelled(progress);
        progress.rowsWritten(name, sheet.rows(), 1.0);
    }

    private static void stopIfCancelled(ExportProgress progress) {
        if (progress.isCancelled()) {
            throw new ExportCancelledException();
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not delete the unfinished export file {}", p, e);
        }
    }
}
