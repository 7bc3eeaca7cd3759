package org.secondlook.ui.conflicts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.secondlook.review.exchange.MergeConflicts.Conflict;
import org.secondlook.ui.Messages;

/**
 * The conflicts screen: the open conflicts on the left; on the right the selected one's two
 * decisions side by side (what differs in bold), a required reason, and Take incoming / Keep
 * current. Keyboard: arrows move in the list, Tab reaches the reason and the buttons, F5 refreshes.
 */
public final class ConflictsView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String DIFFERS = "conflict-differs";
    private final ConflictsViewModel vm;
    private final TrainingConflictsViewModel training;
    private final ZoneId zone;
    private final TableView<Conflict> table = new TableView<>();

    /** The screen with the case conflicts above and the training conflicts ({@code training}) below. */
    public ConflictsView(ConflictsViewModel vm, TrainingConflictsViewModel training, ZoneId zone) {
        this.vm = vm;
        this.training = training;
        this.zone = zone;
        setId("conflicts-view");
        getStyleClass().add("conflicts-view");
        Label title = new Label(Messages.get("conflicts.title"));
        title.getStyleClass().add("title-label");
        Label intro = new Label(Messages.get("conflicts.intro"));
        intro.getStyleClass().add("hint-label");
        Label message = new Label();
        message.setId("conflicts-message");
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
        VBox top = new VBox(4, title, intro, message);
        if (!vm.mayResolve()) {
            Label readOnly = new Label(Messages.get("conflicts.readOnly"));
            readOnly.setId("conflicts-read-only");
            readOnly.getStyleClass().add("previous-decision");
            readOnly.setWrapText(true);
            top.getChildren().add(readOnly);
        }
        setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));

        Label nothingSelected = new Label(Messages.get("conflicts.selectOne"));
        nothingSelected.getStyleClass().add("hint-label");
        VBox detail = detail();
        detail.visibleProperty().bind(vm.selectedProperty().isNotNull());
        nothingSelected.visibleProperty().bind(vm.selectedProperty().isNull().and(javafx.beans.binding.Bindings.isNotEmpty(vm.rows())));
        StackPane right = new StackPane(nothingSelected, detail);
        StackPane.setAlignment(nothingSelected, Pos.TOP_LEFT);
        StackPane.setAlignment(detail, Pos.TOP_LEFT);
        SplitPane split = new SplitPane(queue(), right);
        split.setDividerPositions(0.42);
        SplitPane both = new SplitPane(split, new TrainingConflictsPane(training, zone));
        both.setOrientation(javafx.geometry.Orientation.VERTICAL);
        both.setDividerPositions(0.6);
        setCenter(both);
        setPadding(new Insets(8));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (org.secondlook.ui.action.AppAction.CONFLICTS_REFRESH.matches(e)) {
                refresh();
                e.consume();
            }
        });
    }

    /** Puts this screen's keys into the action table's registry, so the shortcut overlay lists them. */
    public void bindActions(org.secondlook.ui.action.ActionRegistry actions) {
        actions.bind(org.secondlook.ui.action.AppAction.CONFLICTS_REFRESH, this::refresh);
    }

    /** Reloads both lists. */
    private void refresh() {
        vm.refresh();
        training.refresh();
    }

    private VBox queue() {
        table.setId("conflicts-table");
        table.setItems(vm.rows());
        Label empty = new Label(Messages.get("conflicts.none"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(column("conflicts.col.id", Conflict::applicantId, 110));
        table.getColumns().add(column("conflicts.col.office", Conflict::office, 130));
        table.getColumns().add(column("conflicts.col.ref", Conflict::originRef, 150));
        table.getColumns().add(column("conflicts.col.created", c -> time(c.createdAt()), 130));
        org.secondlook.ui.ColumnWidths.keepFitted(table); // titles and cells uncut at any text size
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
        Button refresh = new Button(Messages.get("conflicts.refresh"));
        refresh.setId("conflicts-refresh");
        refresh.setOnAction(e -> refresh());
        refresh.disableProperty().bind(vm.busyProperty());
        VBox box = new VBox(6, table, new HBox(6, refresh));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private VBox detail() {
        Label heading = new Label();
        heading.setId("conflicts-case");
        heading.getStyleClass().add("subtitle-label");
        heading.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setId("conflicts-compare");
        grid.getStyleClass().add("conflicts-compare");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints incoming = new ColumnConstraints();
        incoming.setPercentWidth(40);
        ColumnConstraints current = new ColumnConstraints();
        current.setPercentWidth(40);
        grid.getColumnConstraints().addAll(names, incoming, current);
        Label incomingHead = section("conflicts-incoming-head");
        Label currentHead = section("conflicts-current-head");
        currentHead.setText(Messages.get("conflicts.current"));
        grid.add(incomingHead, 1, 0);
        grid.add(currentHead, 2, 0);
        String[] rows = {"conflicts.track", "conflicts.reasonCode", "conflicts.note", "conflicts.by", "conflicts.at"};
        String[] ids = {"track", "reason", "note", "by", "at"};
        Label[][] values = new Label[rows.length][2];
        for (int r = 0; r < rows.length; r++) {
            Label name = new Label(Messages.get(rows[r]));
            name.getStyleClass().add("hint-label");
            GridPane.setValignment(name, VPos.TOP);
            grid.add(name, 0, r + 1);
            for (int side = 0; side < 2; side++) {
                Label v = new Label();
                v.setWrapText(true);
                v.setId("conflicts-" + (side == 0 ? "incoming-" : "current-") + ids[r]);
                values[r][side] = v;
                GridPane.setValignment(v, VPos.TOP);
                grid.add(v, side + 1, r + 1);
            }
        }
        vm.selectedProperty().addListener((o, a, c) -> {
            if (c == null) {
                return;
            }
            heading.setText(Messages.get("conflicts.case", c.applicantId(), c.office(), c.originRef()));
            incomingHead.setText(Messages.get("conflicts.incoming", c.office()));
            fill(values[0], vm.trackLabel(c.incomingTrack()), vm.trackLabel(c.currentTrack()));
            fill(values[1], vm.reasonLabel(c.incomingReason()), vm.reasonLabel(c.currentReason()));
            fill(values[2], note(c.incomingNote()), note(c.currentNote()));
            fill(values[3], dash(c.incomingDecidedBy()), dash(c.currentDecidedBy()));
            fill(values[4], time(c.incomingDecidedAt()), time(c.currentDecidedAt()));
        });

        Label reasonLabel = new Label(Messages.get("conflicts.reason"));
        Button take = new Button(Messages.get("conflicts.take"));
        take.setId("conflicts-take");
        take.setOnAction(e -> vm.takeIncoming());
        take.disableProperty().bind(vm.canResolveProperty().not());
        Button keep = new Button(Messages.get("conflicts.keep"));
        keep.setId("conflicts-keep");
        keep.setOnAction(e -> vm.keepCurrent());
        keep.disableProperty().bind(vm.canResolveProperty().not());
        TextArea reason = ReasonArea.of("conflicts-reason", "conflicts.reasonPrompt", 3, vm, table, take);
        reasonLabel.setLabelFor(reason);
        Label buttonsHint = ReasonArea.hint(vm);
        buttonsHint.setId("conflicts-buttons-hint");
        HBox buttons = new HBox(8, take, keep, buttonsHint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, heading, grid, reasonLabel, reason, buttons);
        box.setPadding(new Insets(0, 0, 0, 8));
        box.setMaxHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private static void fill(Label[] pair, String incoming, String current) {
        pair[0].setText(incoming);
        pair[1].setText(current);
        boolean differs = !Objects.equals(incoming, current);
        for (Label l : pair) {
            l.getStyleClass().remove(DIFFERS);
            if (differs) {
                l.getStyleClass().add(DIFFERS);
            }
        }
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? Messages.get("conflicts.noNote") : note;
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }

    private String time(Instant at) {
        return at == null ? "\u2014" : TIME.format(at.atZone(zone));
    }

    private static Label section(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("section-label");
        l.setWrapText(true);
        return l;
    }

    /** A text column titled from the bundle (both lists of this screen). */
    static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(Objects.requireNonNullElse(value.apply(f.getValue()), "")));
        c.setPrefWidth(width);
        return c;
    }

    /** The screen for a logged-in supervisor or administrator, its list loading (for a tab in the main window). */
    public static ConflictsView forSession(org.secondlook.review.ReviewSession session,
                                           org.secondlook.ui.TaskExecutor executor, java.time.Clock clock) {
        ConflictsViewModel vm = new ConflictsViewModel(session, executor);
        ConflictsView view = new ConflictsView(vm, new TrainingConflictsViewModel(session, executor), clock.getZone());
        view.refresh();
        return view;
    }

    public ConflictsViewModel viewModel() {
        return vm;
    }

    public TrainingConflictsViewModel trainingViewModel() {
        return training;
    }

    /** Puts the keyboard focus in the list (when the screen is shown). */
    public void focusList() {
        table.requestFocus();
    }
}
