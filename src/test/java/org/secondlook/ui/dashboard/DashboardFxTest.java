package org.secondlook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Track;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.oversight.Figure;
import org.secondlook.review.oversight.Metrics;
import org.secondlook.review.oversight.MetricsScope;
import org.secondlook.review.oversight.Office;
import org.secondlook.ui.FxTaskExecutor;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.UiPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard tab in the real window on a real encrypted office: a supervisor opens it and the charts, the
 * phrase table and the confusion table show exactly the figures the oversight service computed; the office
 * filter narrows them; a chart's numbers are one click away; Export writes the figures to a workbook sheet
 * (read back here) and every chart to a PNG file.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardFxTest {
    @TempDir
    static Path dir;
    static Office office;
    private final FxTaskExecutor executor = new FxTaskExecutor(2);
    private SecondLookUi ui;

    @BeforeAll
    static void office() throws Exception {
        office = new Office(dir, Instant.parse("2026-11-02T08:00:00Z"));
        List<Office.Row> rows = new ArrayList<>();
        String[] offices = {"ERO Newark", "ERO Denver", "ERO Miami"};
        String[] terms = {"Loan Officer", "Compliance Officer", "Police Officer", "Petty Officer"};
        for (int i = 1; i <= 12; i++) {
            String term = terms[i % terms.length];
            rows.add(new Office.Row("D" + i, offices[i % 3], term + ", Example Agency, 2010-2014", i % 5 == 0 ? "NON_LEO" : "LEO",
                    term));
        }
        office.importRows(rows);
        try (ReviewSession rita = office.login("rita"); ReviewSession sam = office.login("sam")) {
            for (int i = 1; i <= 9; i++) {
                office.clock.advance(Duration.ofHours(3));
                Track t = i % 3 == 0 ? Track.LEO : Track.ACADEMY;
                rita.decisions().decide("D" + i, t, t == Track.LEO ? "LE_EXPERIENCE_VERIFIED" : "NON_LE_OFFICER_TITLE",
                        null, SignOffService.CURRENT);
            }
            for (int i = 1; i <= 7; i++) {
                office.clock.advance(Duration.ofHours(2));
                if (i == 4) {
                    sam.signOffs().returnDecision("D" + i, "look again", SignOffService.CURRENT);
                } else {
                    sam.signOffs().approve("D" + i, SignOffService.CURRENT);
                }
            }
        }
    }

    @Start
    void start(Stage stage) {
        stage.setWidth(1400);
        stage.setHeight(900);
        ui = new SecondLookUi(stage, office.ws, () -> {
            throw new AssertionError("no demo here");
        }, executor, UiPreferences.inMemory(), office.clock);
        ui.start();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTabShowsTheFiguresTheServiceComputedAndExportsThem(FxRobot robot) throws Exception {
        robot.clickOn("#login-user").write("sam");
        robot.clickOn("#login-password").write("a long office test phrase");
        robot.clickOn("#login-button");
        waitUntil(() -> ui.mainWindow() != null && robot.lookup("#workspaces").tryQuery().isPresent());
        javafx.scene.control.TabPane tabs = robot.lookup("#workspaces").queryAs(javafx.scene.control.TabPane.class);
        javafx.scene.control.Tab tab = tabs.getTabs().stream().filter(t -> "dashboard-tab".equals(t.getId())).findFirst()
                .orElseThrow();
        assertThat(tab.getText()).isEqualTo("Dashboard");
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        DashboardView view = robot.lookup("#dashboard-view").queryAs(DashboardView.class);
        waitUntil(() -> !view.viewModel().data().figures().isEmpty());
        Metrics expected;
        try (ReviewSession sam = office.login("sam")) {
            expected = sam.oversight().metrics(MetricsScope.all());
        }
        Map<String, String> e = new LinkedHashMap<>();
        expected.figures().forEach(f -> e.put(f.name(), f.value()));
        assertThat(view.viewModel().data().figures()).isEqualTo(expected.figures());

        // The backlog chart draws the service's backlog.<office>.<state> figures, one series a state.
        StackedBarChart<?, ?> backlog = robot.lookup("#dashboard-backlog .chart").queryAs(StackedBarChart.class);
        Map<String, String> drawn = new LinkedHashMap<>();
        List<String> states = DashboardData.BACKLOG_STATES;
        for (int s = 0; s < states.size(); s++) {
            for (XYChart.Data<?, ?> d : ((XYChart.Series<?, ?>) backlog.getData().get(s)).getData()) {
                if (((Number) d.getYValue()).longValue() > 0) {
                    drawn.put("backlog." + d.getXValue() + "." + states.get(s), d.getYValue().toString());
                }
            }
        }
        Map<String, String> backlogFigures = new LinkedHashMap<>();
        e.forEach((k, v) -> {
            if (k.startsWith("backlog.") && !k.startsWith("backlog.day.")) {
                backlogFigures.put(k, v);
            }
        });
        assertThat(drawn).isNotEmpty().isEqualTo(backlogFigures);

        // The phrase table lists the service's top phrases with their counts.
        TableView<DashboardData.Phrase> phrases = robot.lookup("#dashboard-phrases-list").queryTableView();
        assertThat(phrases.getItems()).isNotEmpty();
        for (DashboardData.Phrase p : phrases.getItems()) {
            assertThat(p.cases() + " " + p.phrase()).isEqualTo(e.get("phrase." + p.rank()));
            assertThat(p.confirmed()).isEqualTo(e.get("phrase." + p.rank() + ".confirmed"));
            assertThat(p.overturned()).isEqualTo(e.get("phrase." + p.rank() + ".overturned"));
        }
        // The confusion table and the agreement share, as computed.
        for (String verdict : List.of("LE", "NOT_LE", "UNCERTAIN", "NONE")) {
            for (String track : List.of("LEO", "ACADEMY")) {
                assertThat(robot.lookup("#dashboard-confusion-" + verdict + "-" + track).queryAs(Label.class).getText())
                        .isEqualTo(e.get("analyzer." + verdict + "." + track));
            }
        }
        assertThat(robot.lookup("#dashboard-agreement-share").queryAs(Label.class).getText())
                .contains(e.get("analyzer_agreement_share").isEmpty() ? "—" : e.get("analyzer_agreement_share"));

        // The numbers behind the decisions-per-day chart, one click away.
        TableView<NumberRow> numbers = robot.lookup("#dashboard-decisionDays-table").queryTableView();
        assertThat(numbers.isVisible()).isFalse();
        robot.clickOn("#dashboard-decisionDays-numbers");
        assertThat(numbers.isVisible()).isTrue();
        Map<String, String> perDay = new LinkedHashMap<>();
        numbers.getItems().forEach(r -> perDay.put("decisions.day." + r.category(), r.value()));
        Map<String, String> dayFigures = new LinkedHashMap<>();
        e.forEach((k, v) -> {
            if (k.startsWith("decisions.day.")) {
                dayFigures.put(k, v);
            }
        });
        assertThat(perDay).isEqualTo(dayFigures);
        assertThat(perDay.values().stream().mapToLong(Long::parseLong).sum()).isEqualTo(9);

        // Export: the figures to a workbook sheet (read back), every chart to a PNG file.
        Path xlsx = dir.resolve("dashboard.xlsx");
        List<Path> written = new ArrayList<>();
        robot.interact(() -> written.addAll(view.export(xlsx)));
        assertThat(written).hasSize(10);
        Map<String, String> sheet = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(FiguresWorkbook.SHEET);
            boolean figures = false;
            for (Row row : s) {
                String name = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (figures) {
                    sheet.put(name, text(row.getCell(1)));
                }
                figures |= name.equals("figure");
            }
        }
        Map<String, String> asNumbers = new LinkedHashMap<>();
        for (Figure f : expected.figures()) {
            asNumbers.put(f.name(), f.value().matches("-?\\d+(\\.\\d+)?") ? Double.toString(Double.parseDouble(f.value()))
                    : f.value());
        }
        assertThat(sheet).isEqualTo(asNumbers);
        for (Path png : written.subList(1, written.size())) {
            assertThat(ImageIO.read(png.toFile())).as(png.getFileName().toString())
                    .satisfies(img -> assertThat(img.getWidth()).isGreaterThan(100));
        }

        // The office filter: the tab then shows that office's figures.
        robot.interact(() -> {
            view.viewModel().officeProperty().set("ERO Denver");
            view.viewModel().refresh();
        });
        waitUntil(() -> "ERO Denver".equals(view.viewModel().shownScope().office()));
        try (ReviewSession sam = office.login("sam")) {
            assertThat(view.viewModel().data().figures())
                    .isEqualTo(sam.oversight().metrics(new MetricsScope("ERO Denver", null)).figures());
        }
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC ? Double.toString(c.getNumericCellValue()) : c.getStringCellValue();
    }
}
