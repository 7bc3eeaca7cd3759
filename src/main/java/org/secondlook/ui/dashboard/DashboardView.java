package org.secondlook.ui.dashboard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;

/**
 * The dashboard tab (supervisors and administrators): a filter bar (office, first and last import day), then
 * the charts two a row, each with its numbers one click away; *Export* writes the figures to a workbook sheet
 * and every chart to a PNG file beside it. Colors: the Okabe–Ito palette (dashboard.css), in every theme.
 */
public final class DashboardView extends BorderPane {
    private final DashboardViewModel vm;
    private final DashboardCharts charts = new DashboardCharts();

    public DashboardView(DashboardViewModel vm) {
        this.vm = vm;
        setId("dashboard-view");
        getStylesheets().add(DashboardView.class.getResource("/org/secondlook/ui/theme/dashboard.css").toExternalForm());
        Label title = new Label(Messages.get("dashboard.title"));
        title.getStyleClass().add("title-label");
        ComboBox<String> office = new ComboBox<>(vm.offices());
        office.setId("dashboard-office");
        office.setPromptText(DashboardViewModel.allOffices());
        office.valueProperty().bindBidirectional(vm.officeProperty());
        DatePicker from = date("dashboard-from", "dashboard.from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = date("dashboard-to", "dashboard.to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button apply = button("dashboard-apply", "dashboard.apply");
        apply.setOnAction(e -> vm.refresh());
        apply.setDefaultButton(false);
        Button clear = button("dashboard-clear", "dashboard.clear");
        clear.setOnAction(e -> vm.clearFilters());
        Button export = button("dashboard-export", "dashboard.export");
        export.setOnAction(e -> chooseAndExport());
        export.disableProperty().bind(vm.busyProperty());
        FlowPane filters = new FlowPane(6, 6, new Label(Messages.get("dashboard.office")), office, from, to, apply, clear,
                export);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("dashboard-message");
        message.getStyleClass().add("hint-label");
        message.textProperty().bind(vm.messageProperty());
        setTop(new VBox(6, title, filters, message));

        GridPane grid = new GridPane();
        grid.setId("dashboard-grid");
        grid.setHgap(12);
        grid.setVgap(12);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        List<ChartPanel> panels = charts.panels();
        for (int i = 0; i < panels.size(); i++) {
            grid.add(panels.get(i), i % 2, i / 2);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setId("dashboard-scroll");
        setCenter(scroll);
        BorderPane.setMargin(scroll, new Insets(6, 0, 0, 0));
        setPadding(new Insets(8));
        vm.dataProperty().addListener((o, a, d) -> charts.show(d));
        charts.show(vm.data());
    }

    /** The screen for a logged-in supervisor or administrator (for a tab; its figures load when the tab is opened). */
    public static DashboardView forSession(org.secondlook.review.ReviewSession session,
                                           org.secondlook.ui.TaskExecutor executor) {
        DashboardViewModel vm = new DashboardViewModel(session.oversight(), executor);
        return new DashboardView(vm);
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dashboard.exportTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dashboard.workbook"), "*.xlsx"));
        chooser.setInitialFileName(Messages.get("dashboard.fileName"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            export(file.toPath());
        }
    }

    /**
     * Writes the figures to the workbook {@code xlsx} and each chart to {@code <name>-<chart>.png} beside it;
     * says what was written (or why not) in the message line. Returns the files written.
     */
    public List<Path> export(Path xlsx) {
        List<Path> written = new ArrayList<>();
        try {
            vm.exportWorkbook(xlsx);
            written.add(xlsx);
            String base = xlsx.getFileName().toString().replaceFirst("\\.xlsx$", "");
            for (ChartPanel p : charts.panels()) {
                Path png = xlsx.resolveSibling(base + "-" + p.key() + ".png");
                p.writePng(png);
                written.add(png);
            }
            vm.messageProperty().set(Messages.get("dashboard.exported", xlsx.getFileName(), written.size() - 1));
        } catch (IOException | RuntimeException e) {
            vm.messageProperty().set(ErrorMessages.sentence(e));
        }
        return written;
    }

    private static DatePicker date(String id, String promptKey) {
        DatePicker d = new DatePicker();
        d.setId(id);
        d.setPromptText(Messages.get(promptKey));
        d.setStyle("-fx-pref-width: 13em;"); // the prompt whole at any text size
        return d;
    }

    private static Button button(String id, String key) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }

    public DashboardViewModel viewModel() {
        return vm;
    }

    /** The panel of one chart by key (backlog, backlogDays, decisionDays, waiting, toolLeo, phrases, agreement, returned, remediation). */
    ChartPanel panel(String key) {
        return charts.panel(key);
    }
}
