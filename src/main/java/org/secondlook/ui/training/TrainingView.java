package org.secondlook.ui.training;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.secondlook.domain.RemediationState;
import org.secondlook.review.remediation.TrainingLine;
import org.secondlook.ui.Messages;
import org.secondlook.ui.action.ActionRegistry;
import org.secondlook.ui.action.AppAction;

/**
 * The Training tab: filters and the roster import on top; the records on the left (overdue ones marked);
 * on the right the selected record's timeline and evidence with Attach certificate and Verify, and below
 * the last import's rejected rows. Keys: F5 refreshes, Ctrl+Shift+I imports a roster, Ctrl+Shift+A attaches
 * a certificate, Ctrl+Enter verifies.
 */
public final class TrainingView extends BorderPane {
    static final String OVERDUE_STYLE = "training-overdue";
    private final TrainingViewModel vm;
    private final TableView<TrainingLine> table = new TableView<>();
    private final TrainingDetailPane detailPane;
    /** Asks the user for a file: (owner window, what for: "roster" or "certificate") → the file, or null. */
    private BiFunction<Window, String, Path> chooser = TrainingView::chooseWithDialog;

    public TrainingView(TrainingViewModel vm, java.time.ZoneId zone) {
        this.vm = vm;
        setId("training-view");
        Label title = new Label(Messages.get("training.title"));
        title.getStyleClass().add("title-label");
        Label intro = new Label(Messages.get(vm.mayChange() ? "training.intro" : "training.readOnly"));
        intro.setId("training-intro");
        intro.getStyleClass().add("hint-label");
        intro.setWrapText(true);
        Label message = new Label();
        message.setId("training-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.failedProperty().addListener((o, a, bad) -> {
            message.getStyleClass().remove("error-label");
            if (bad) {
                message.getStyleClass().add("error-label");
            }
        });
        VBox top = new VBox(6, title, intro, filters(), message);
        setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        detailPane = new TrainingDetailPane(vm, zone, this::attach);
        SplitPane split = new SplitPane(list(), detailPane);
        split.setDividerPositions(0.55);
        setCenter(split);
        setPadding(new Insets(8));
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private void keys(KeyEvent e) {
        Runnable run = null;
        if (AppAction.TRAINING_REFRESH.matches(e)) {
            run = vm::refresh;
        } else if (AppAction.TRAINING_IMPORT.matches(e)) {
            run = this::importRoster;
        } else if (AppAction.TRAINING_ATTACH.matches(e)) {
            run = this::attach;
        } else if (AppAction.TRAINING_VERIFY.matches(e)) {
            run = vm::verify;
        }
        if (run != null) {
            run.run();
            e.consume();
        }
    }

    /** Puts this screen's keys into the action table's registry, so the shortcut overlay lists them. */
    public void bindActions(ActionRegistry actions) {
        actions.bind(AppAction.TRAINING_REFRESH, vm::refresh);
        actions.bind(AppAction.TRAINING_IMPORT, this::importRoster);
        actions.bind(AppAction.TRAINING_ATTACH, this::attach);
        actions.bind(AppAction.TRAINING_VERIFY, vm::verify);
    }

    private HBox filters() {
        ComboBox<RemediationState> state = new ComboBox<>();
        state.setId("training-state-filter");
        state.getItems().add(null);
        state.getItems().addAll(RemediationState.values());
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(RemediationState s) {
                return TrainingViewModel.stateLabel(s);
            }

            @Override
            public RemediationState fromString(String text) {
                return null;
            }
        });
        state.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RemediationState s, boolean empty) {
                super.updateItem(s, empty);
                setText(TrainingViewModel.stateLabel(s));
            }
        });
        state.valueProperty().bindBidirectional(vm.stateFilterProperty());
        Label stateLabel = new Label(Messages.get("training.filterState"));
        stateLabel.setLabelFor(state);
        CheckBox overdue = new CheckBox(Messages.get("training.filterOverdue"));
        overdue.setId("training-overdue-filter");
        overdue.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());
        Button refresh = new Button(Messages.get("training.refresh"));
        refresh.setId("training-refresh");
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.busyProperty());
        Button importRoster = new Button(Messages.get("training.import"));
        importRoster.setId("training-import");
        importRoster.setOnAction(e -> importRoster());
        importRoster.disableProperty().bind(vm.busyProperty());
        importRoster.setVisible(vm.mayChange());
        importRoster.setManaged(vm.mayChange());
        HBox box = new HBox(8, stateLabel, state, overdue, refresh, importRoster);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private VBox list() {
        table.setId("training-table");
        table.setItems(vm.rows());
        Label empty = new Label(Messages.get("training.none"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(column("training.col.id", TrainingLine::applicantId, 110));
        table.getColumns().add(column("training.col.action", l -> Messages.get("training.action." + l.action().name()), 90));
        table.getColumns().add(column("training.col.state", l -> TrainingViewModel.stateLabel(l.state()), 110));
        table.getColumns().add(column("training.col.office", TrainingLine::office, 120));
        table.getColumns().add(column("training.col.due", l -> date(l.dueDate()), 90));
        table.getColumns().add(column("training.col.overdue", l -> l.overdue() ? Messages.get("training.overdue") : "", 80));
        org.secondlook.ui.ColumnWidths.keepFitted(table); // columns sized to their text at any text size, never "…"
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TrainingLine l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().remove(OVERDUE_STYLE);
                if (!empty && l != null && l.overdue()) {
                    getStyleClass().add(OVERDUE_STYLE);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        ListView<String> report = new ListView<>(vm.report());
        report.setId("training-report");
        report.setPrefHeight(110);
        report.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.report()));
        report.managedProperty().bind(report.visibleProperty());
        Label reportTitle = new Label(Messages.get("training.reportTitle"));
        reportTitle.getStyleClass().add("section-label");
        reportTitle.visibleProperty().bind(report.visibleProperty());
        reportTitle.managedProperty().bind(report.visibleProperty());
        VBox box = new VBox(6, table, reportTitle, report);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        org.secondlook.ui.ColumnWidths.holdWhole(table, box); // every column whole at any text size, no sideways scroll
        return box;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static TableColumn<TrainingLine, String> column(String key, Function<TrainingLine, String> value, double width) {
        TableColumn<TrainingLine, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(Objects.requireNonNullElse(value.apply(f.getValue()), "")));
        c.setPrefWidth(width);
        return c;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Asks for the roster file and imports it. */
    public void importRoster() {
        if (!vm.mayChange() || vm.busyProperty().get()) {
            return;
        }
        Path file = chooser.apply(window(), "roster");
        if (file != null) {
            vm.importRoster(file);
        }
    }

    private void attach() {
        if (!vm.canAttachProperty().get()) {
            return;
        }
        Path file = chooser.apply(window(), "certificate");
        if (file != null) {
            vm.attachCertificate(file);
        }
    }

    private static Path chooseWithDialog(Window owner, String what) {
        FileChooser dialog = new FileChooser();
        boolean roster = "roster".equals(what);
        dialog.setTitle(Messages.get(roster ? "training.chooseRoster" : "training.chooseCertificate"));
        dialog.getExtensionFilters().add(roster
                ? new FileChooser.ExtensionFilter(Messages.get("training.rosterTypes"), "*.csv", "*.xlsx")
                : new FileChooser.ExtensionFilter(Messages.get("training.certificateTypes"), "*.pdf"));
        File f = dialog.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** Replaces the file dialog (tests answer it with a file; the real dialog is the default). */
    public void setFileChooser(BiFunction<Window, String, Path> chooser) {
        this.chooser = Objects.requireNonNull(chooser);
    }

    /** The screen for a logged-in user, its list loading (for a tab in the main window). */
    public static TrainingView forSession(org.secondlook.review.ReviewSession session,
                                          org.secondlook.ui.TaskExecutor executor, java.time.Clock clock) {
        TrainingViewModel vm = new TrainingViewModel(session, executor);
        TrainingView view = new TrainingView(vm, clock.getZone());
        vm.refresh();
        return view;
    }

    public TrainingViewModel viewModel() {
        return vm;
    }

    /** Puts the keyboard focus in the list (when the screen is shown). */
    public void focusList() {
        table.requestFocus();
    }
}
