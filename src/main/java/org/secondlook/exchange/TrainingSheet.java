package org.secondlook.exchange;

import java.time.ZoneId;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.secondlook.review.Words;
import org.secondlook.review.exchange.ExportSource;
import org.secondlook.review.exchange.TrainingRow;

/**
 * The <em>Training</em> sheet: one row per training record in force of the exported applicants, what it
 * asks for and where it stands in words ("Enroll", "In training"), dates as date cells, and after them the
 * same values as stored codes for scripts.
 */
final class TrainingSheet {
    static final String NAME = "Training";
    static final String[] HEADERS = {"Applicant id", "Office", "Action", "State", "Attempt", "Class", "Report date",
        "Class start", "Class end", "Evidence by", "Verified by", "Verified at", "Waiver reason", "Record made",
        "In this state since", "Action code", "State code", "Waiver reason code"};
    static final int[] WIDTHS = {16, 20, 10, 14, 8, 16, 12, 12, 12, 14, 14, 20, 28, 20, 20, 12, 14, 22};

    private TrainingSheet() {
    }

    /** Writes the sheet; returns the number of data rows. */
    static long write(SXSSFWorkbook wb, SheetStyles styles, ZoneId zone, ExportSource source) {
        SheetWriter sheet = new SheetWriter(wb.createSheet(NAME), styles, zone, HEADERS, WIDTHS);
        try (Stream<TrainingRow> rows = source.training()) {
            Iterator<TrainingRow> it = rows.iterator();
            while (it.hasNext()) {
                TrainingRow r = it.next();
                sheet.row().text(r.applicantId()).text(r.office()).text(Words.trainingAction(r.action()))
                        .text(Words.trainingState(r.state())).number(r.attempt()).text(r.classNumber())
                        .date(r.reportDate()).date(r.classStart()).date(r.classEnd()).text(r.evidenceBy())
                        .text(r.verifiedBy()).time(r.verifiedAt()).text(Words.waiverReason(r.waiverReason()))
                        .time(r.createdAt()).time(r.stateSince())
                        .text(r.action()).text(r.state()).text(r.waiverReason());
            }
        }
        sheet.finish();
        return sheet.rows();
    }
}
