package org.secondlook.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.secondlook.ui.Messages;

/**
 * The dashboard's charts and the numbers each draws, filled from {@link DashboardData}: every value is a figure
 * the oversight service computed; the charts only draw them.
 */
final class DashboardCharts {
    private static final List<String> VERDICTS = List.of("LE", "NOT_LE", "UNCERTAIN", "NONE");
    private static final List<String> TRACKS = List.of("LEO", "ACADEMY");

    private final StackedBarChart<String, Number> backlog = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> backlogDays = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> decisionDays = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> waiting = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final StackedBarChart<String, Number> toolLeo = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final TableView<DashboardData.Phrase> phrases = new TableView<>();
    private final Label agreement = new Label();
    private final GridPane confusion = new GridPane();
    private final BarChart<String, Number> returned = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label remediationShare = new Label();
    private final BarChart<String, Number> remediation = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final List<ChartPanel> panels = new ArrayList<>();

    DashboardCharts() {
        for (XYChart<String, Number> c : List.of(backlog, backlogDays, decisionDays, waiting, toolLeo, returned, remediation)) {
            c.setAnimated(false);
            c.getStyleClass().add("dashboard-chart");
        }
        backlogDays.setCreateSymbols(false);
        decisionDays.setCreateSymbols(false);
        decisionDays.setLegendVisible(false);
        backlogDays.setLegendVisible(false);
        returned.setLegendVisible(false);
        remediation.setLegendVisible(false);
        phrases.setId("dashboard-phrases-list");
        phrases.getColumns().add(phraseColumn("dashboard.col.rank", p -> Integer.toString(p.rank())));
        phrases.getColumns().add(phraseColumn("dashboard.col.phrase", DashboardData.Phrase::phrase));
        phrases.getColumns().add(phraseColumn("dashboard.col.cases", DashboardData.Phrase::cases));
        phrases.getColumns().add(phraseColumn("dashboard.col.confirmed", DashboardData.Phrase::confirmed));
        phrases.getColumns().add(phraseColumn("dashboard.col.overturned", DashboardData.Phrase::overturned));
        phrases.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        agreement.setId("dashboard-agreement-share");
        confusion.setId("dashboard-confusion");
        confusion.setHgap(18);
        confusion.setVgap(4);
        VBox agreementBox = new VBox(8, agreement, confusion);
        agreementBox.setPadding(new Insets(6));
        remediationShare.setId("dashboard-verified-share");
        VBox remediationBox = new VBox(6, remediationShare, remediation);
        VBox.setVgrow(remediation, Priority.ALWAYS);
        panels.add(new ChartPanel("backlog", backlog));
        panels.add(new ChartPanel("backlogDays", backlogDays));
        panels.add(new ChartPanel("decisionDays", decisionDays));
        panels.add(new ChartPanel("waiting", waiting));
        panels.add(new ChartPanel("toolLeo", toolLeo));
        panels.add(new ChartPanel("phrases", phrases));
        panels.add(new ChartPanel("agreement", agreementBox));
        panels.add(new ChartPanel("returned", returned));
        panels.add(new ChartPanel("remediation", remediationBox));
    }

    List<ChartPanel> panels() {
        return panels;
    }

    ChartPanel panel(String key) {
        return panels.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    /** Draws the figures: each chart's series and each panel's table of numbers. */
    void show(DashboardData d) {
        List<NumberRow> rows = new ArrayList<>();
        List<XYChart.Series<String, Number>> states = new ArrayList<>();
        for (String state : DashboardData.BACKLOG_STATES) {
            XYChart.Series<String, Number> s = series(Messages.get("state." + state));
            d.backlogByOffice().forEach((office, n) -> add(s, office, n.getOrDefault(state, 0L), rows));
            states.add(s);
        }
        backlog.getData().setAll(states);
        panel("backlog").setNumbers(rows);

        days(backlogDays, "dashboard.openCases", d.backlogPerDay(), panel("backlogDays"));
        days(decisionDays, "dashboard.decisions", d.decisionsPerDay(), panel("decisionDays"));

        List<NumberRow> wait = new ArrayList<>();
        XYChart.Series<String, Number> median = series(Messages.get("dashboard.median"));
        XYChart.Series<String, Number> p90 = series(Messages.get("dashboard.p90"));
        WaitUnit unit = WaitUnit.of(d.waiting().values().stream()
                .filter(v -> v != null && !v.isEmpty()).map(Double::valueOf).toList());
        waiting.getYAxis().setLabel(Messages.get(unit.messageKey()));
        hours(median, "dashboard.toDecision", d.waiting().get("hours_to_decision_median"), unit, wait);
        hours(median, "dashboard.toSignOff", d.waiting().get("hours_to_signoff_median"), unit, wait);
        hours(p90, "dashboard.toDecision", d.waiting().get("hours_to_decision_p90"), unit, wait);
        hours(p90, "dashboard.toSignOff", d.waiting().get("hours_to_signoff_p90"), unit, wait);
        waiting.getData().setAll(List.of(median, p90));
        panel("waiting").setNumbers(wait);

        List<NumberRow> leo = new ArrayList<>();
        XYChart.Series<String, Number> confirmed = series(Messages.get("dashboard.confirmed"));
        XYChart.Series<String, Number> overturned = series(Messages.get("dashboard.overturned"));
        d.toolLeoByOffice().forEach((office, n) -> {
            add(confirmed, office, n.getOrDefault("confirmed", 0L), leo);
            add(overturned, office, n.getOrDefault("overturned", 0L), leo);
        });
        toolLeo.getData().setAll(List.of(confirmed, overturned));
        panel("toolLeo").setNumbers(leo);

        phrases.getItems().setAll(d.phrases());
        List<NumberRow> phraseRows = new ArrayList<>();
        for (DashboardData.Phrase p : d.phrases()) {
            phraseRows.add(new NumberRow(Messages.get("dashboard.col.cases"), p.phrase(), p.cases()));
            phraseRows.add(new NumberRow(Messages.get("dashboard.col.confirmed"), p.phrase(), p.confirmed()));
            phraseRows.add(new NumberRow(Messages.get("dashboard.col.overturned"), p.phrase(), p.overturned()));
        }
        panel("phrases").setNumbers(phraseRows);

        showAgreement(d);
        showReturned(d);
        showRemediation(d);
    }

    private void showAgreement(DashboardData d) {
        agreement.setText(Messages.get("dashboard.agreementShare", d.agreementShare().isEmpty() ? "—" : d.agreementShare()));
        confusion.getChildren().clear();
        List<NumberRow> rows = new ArrayList<>();
        rows.add(new NumberRow(Messages.get("dashboard.agreement"), "", d.agreementShare()));
        confusion.add(new Label(Messages.get("dashboard.verdictTrack")), 0, 0);
        for (int t = 0; t < TRACKS.size(); t++) {
            confusion.add(bold(Messages.get("track." + TRACKS.get(t))), t + 1, 0);
        }
        for (int v = 0; v < VERDICTS.size(); v++) {
            String verdict = VERDICTS.get(v);
            confusion.add(bold(Messages.get("dashboard.verdict." + verdict)), 0, v + 1);
            Map<String, Long> byTrack = d.confusion().getOrDefault(verdict, Map.of());
            for (int t = 0; t < TRACKS.size(); t++) {
                String n = Long.toString(byTrack.getOrDefault(TRACKS.get(t), 0L));
                Label cell = new Label(n);
                cell.setId("dashboard-confusion-" + verdict + "-" + TRACKS.get(t));
                confusion.add(cell, t + 1, v + 1);
                rows.add(new NumberRow(Messages.get("track." + TRACKS.get(t)), Messages.get("dashboard.verdict." + verdict), n));
            }
        }
        panel("agreement").setNumbers(rows);
    }

    private void showReturned(DashboardData d) {
        List<NumberRow> rows = new ArrayList<>();
        XYChart.Series<String, Number> s = series(Messages.get("dashboard.returnedRate"));
        d.reviewers().forEach((who, v) -> {
            String rate = v.getOrDefault("returned_rate", "");
            if (!rate.isEmpty()) {
                s.getData().add(new XYChart.Data<>(who, Double.parseDouble(rate)));
            }
            rows.add(new NumberRow(Messages.get("dashboard.returnedRate"), who, rate));
            rows.add(new NumberRow(Messages.get("dashboard.returnedCount"), who, v.getOrDefault("returned", "")));
            rows.add(new NumberRow(Messages.get("dashboard.signOffs"), who, v.getOrDefault("signoffs", "")));
        });
        returned.getData().setAll(List.of(s));
        panel("returned").setNumbers(rows);
    }

    private void showRemediation(DashboardData d) {
        List<NumberRow> rows = new ArrayList<>();
        XYChart.Series<String, Number> s = series(Messages.get("dashboard.records"));
        String share = "";
        String overdue = "";
        for (org.secondlook.review.oversight.Figure f : d.remediation()) {
            if (f.name().startsWith("training.state.")) {
                String state = f.name().substring("training.state.".length());
                add(s, state, Long.parseLong(f.value()), rows);
            } else if (f.name().equals("training.overdue")) {
                overdue = f.value();
                rows.add(new NumberRow(Messages.get("dashboard.overdue"), "", f.value()));
            } else if (f.name().equals("verified_share")) {
                share = f.value();
                rows.add(new NumberRow(Messages.get("dashboard.verifiedShare"), "", f.value()));
            }
        }
        remediation.getData().setAll(List.of(s));
        remediationShare.setText(Messages.get("dashboard.remediationLine", share.isEmpty() ? "—" : share,
                overdue.isEmpty() ? "—" : overdue));
        panel("remediation").setNumbers(rows);
    }

    private static void days(XYChart<String, Number> chart, String seriesKey, Map<LocalDate, Long> perDay, ChartPanel panel) {
        List<NumberRow> rows = new ArrayList<>();
        XYChart.Series<String, Number> s = series(Messages.get(seriesKey));
        perDay.forEach((day, n) -> {
            s.getData().add(new XYChart.Data<>(day.toString().substring(5), n));
            rows.add(new NumberRow(Messages.get(seriesKey), day.toString(), Long.toString(n)));
        });
        chart.getData().setAll(List.of(s));
        panel.setNumbers(rows);
    }

    /** A wait (given in hours) drawn in the chart's unit; its Numbers row keeps the hours. */
    private static void hours(XYChart.Series<String, Number> s, String categoryKey, String value, WaitUnit unit,
                              List<NumberRow> rows) {
        String category = Messages.get(categoryKey);
        if (value != null && !value.isEmpty()) {
            s.getData().add(new XYChart.Data<>(category, unit.from(Double.parseDouble(value))));
        }
        rows.add(new NumberRow(s.getName(), category, value == null ? "" : value));
    }

    private static void add(XYChart.Series<String, Number> s, String category, long n, List<NumberRow> rows) {
        s.getData().add(new XYChart.Data<>(category, n));
        rows.add(new NumberRow(s.getName(), category, Long.toString(n)));
    }

    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-label");
        return l;
    }

    private static TableColumn<DashboardData.Phrase, String> phraseColumn(String key,
            java.util.function.Function<DashboardData.Phrase, String> value) {
        TableColumn<DashboardData.Phrase, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
