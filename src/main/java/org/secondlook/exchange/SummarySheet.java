package org.secondlook.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * The <em>Summary</em> sheet: computed totals (values, never formulas) in three columns — group,
 * value, cases — and a bar chart of the cases by decided track and of the tool's overridden labels.
 * The chart lives on the streaming sheet's underlying XSSF sheet; its data is given both as literal
 * values (the chart's cache) and as a reference to the cells, so Excel and LibreOffice draw it
 * without recalculating anything.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    /** Values in words (as the window shows them); the stored code, where there is one, in the column added after them. */
    static final String[] HEADERS = {"Group", "Value", "Cases", "Code"};
    static final String LEO_OVERRIDDEN = "Tool said LEO, decided Basic academy";
    static final String NON_LEO_OVERRIDDEN = "Tool said Not LEO, decided LEO program";

    private SummarySheet() {
    }

    static void write(SXSSFWorkbook wb, SheetStyles styles, SummaryCounts counts, WorkbookWords words, String office,
                      Instant exportedAt, ZoneId zone) {
        SXSSFSheet sheet = wb.createSheet(NAME);
        SheetWriter w = new SheetWriter(sheet, styles, zone, HEADERS, new int[] {30, 44, 12, 26});
        w.row().text("Exported by office").text(office).number((Long) null);
        w.row().text("Exported at").time(exportedAt).number((Long) null);
        w.row().text("Times are in").text(zone.getId()).number((Long) null);
        w.row().text("Cases").text("all exported").number(counts.cases());
        coded(w, "State", counts.byState(), words::state);
        section(w, "Office", counts.byOffice());
        coded(w, "Tool's labels", counts.byToolLabel(), words::label);
        // Tracks and overrides sit in one block: the chart's data is exactly these cells.
        int chartFirstRow = (int) w.rows() + 1;
        coded(w, "Track", counts.byTrack(), words::track);
        w.row().text("Overridden").text(LEO_OVERRIDDEN).number(counts.toolLeoOverridden());
        w.row().text("Overridden").text(NON_LEO_OVERRIDDEN).number(counts.toolNonLeoOverridden());
        int chartLastRow = (int) w.rows();
        coded(w, "Reason", counts.byReason(), words::reason);
        w.finish();

        List<String> labels = new ArrayList<>();
        counts.byTrack().keySet().forEach(code -> labels.add(words.track(code)));
        List<Double> values = new ArrayList<>();
        counts.byTrack().values().forEach(v -> values.add(v.doubleValue()));
        labels.add(LEO_OVERRIDDEN);
        values.add((double) counts.toolLeoOverridden());
        labels.add(NON_LEO_OVERRIDDEN);
        values.add((double) counts.toolNonLeoOverridden());
        chart(wb, labels, values, chartFirstRow, chartLastRow);
    }

    private static void section(SheetWriter w, String group, Map<String, Long> counts) {
        counts.forEach((value, n) -> w.row().text(group).text(value).number(n));
    }

    /** One row per code: its words, the count, and the code itself (a placeholder such as "(undecided)" has none). */
    private static void coded(SheetWriter w, String group, Map<String, Long> counts,
                              java.util.function.UnaryOperator<String> words) {
        counts.forEach((code, n) -> {
            boolean placeholder = code.startsWith("(");
            w.row().text(group).text(placeholder ? code : words.apply(code)).number(n).text(placeholder ? null : code);
        });
    }

    private static void chart(SXSSFWorkbook wb, List<String> labels, List<Double> values, int firstRow,
                              int lastRow) {
        XSSFDrawing drawing = wb.getXSSFWorkbook().getSheet(NAME).createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 4, 1, 14, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Cases by decided track, and the tool's labels overridden");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setTitle("Cases");
        // Literal values fill the chart's cache (nothing to recalculate); the references name the cells.
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(labels.toArray(new String[0]),
                area(1, firstRow, lastRow));
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values.toArray(new Double[0]),
                area(2, firstRow, lastRow));
        XDDFChartData data = chart.createData(ChartTypes.BAR, x, y);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(cats, vals);
        series.setTitle("Cases", null);
        ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
        chart.plot(data);
    }

    private static String area(int column, int firstRow, int lastRow) {
        return new CellReference(NAME, firstRow, column, true, true).formatAsString() + ":"
                + new CellReference(null, lastRow, column, true, true).formatAsString();
    }
}
