package org.secondlook.ui.audit;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.ui.Messages;

/** The audit screen: a filter bar (Enter applies), the events table, and the chain check. */
public final class AuditView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final AuditViewModel vm;
    private final TableView<AuditTrail.Entry> table = new TableView<>();

    public AuditView(AuditViewModel vm) {
        this.vm = vm;
        setId("audit-view");
        Label title = new Label(Messages.get("audit.title"));
        title.getStyleClass().add("title-label");
        TextField actor = field("audit-actor", "audit.actor", vm.actorProperty());
        TextField subject = field("audit-subject", "audit.subject", vm.subjectProperty());
        TextField text = field("audit-text", "audit.text", vm.textProperty());
        ComboBox<String> type = new ComboBox<>(vm.types());
        type.setId("audit-type");
        type.setPromptText(Messages.get("audit.anyType"));
        type.valueProperty().bindBidirectional(vm.typeProperty());
        type.setConverter(new javafx.util.StringConverter<>() { // "any event", not a blank box, when none is chosen
            @Override
            public String toString(String t) {
                return t == null || t.isEmpty() ? Messages.get("audit.anyType") : t;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.setPromptText(Messages.get("audit.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.setPromptText(Messages.get("audit.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button apply = new Button(Messages.get("audit.apply"));
        apply.setId("audit-apply");
        apply.setOnAction(e -> vm.refresh());
        Button clear = new Button(Messages.get("audit.clear"));
        clear.setId("audit-clear");
        clear.setOnAction(e -> vm.clearFilters());
        Button verify = new Button(Messages.get("audit.verify"));
        verify.setId("audit-verify");
        verify.setOnAction(e -> vm.verify());
        verify.disableProperty().bind(vm.busyProperty());
        FlowPane filters = new FlowPane(6, 6, actor, type, subject, text, from, to, apply, clear, verify);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("audit-message");
        message.textProperty().bind(vm.messageProperty());
        Label chain = new Label();
        chain.setId("audit-chain");
        chain.setWrapText(true);
        chain.textProperty().bind(vm.chainProperty());
        vm.chainOkProperty().addListener((o, a, ok) -> chain.getStyleClass().setAll(ok ? "label" : "conflict-label"));
        setTop(new VBox(6, title, filters, message, chain));

        table.setId("audit-table");
        table.setItems(vm.events());
        table.getColumns().add(column("audit.col.seq", e -> Long.toString(e.seq()), 60));
        table.getColumns().add(column("audit.col.at", e -> TIME.format(e.at().atZone(vm.zone())), 150));
        table.getColumns().add(column("audit.col.actor", AuditTrail.Entry::actor, 90));
        table.getColumns().add(column("audit.col.type", AuditTrail.Entry::type, 120));
        table.getColumns().add(column("audit.col.subject", AuditTrail.Entry::subject, 100));
        table.getColumns().add(column("audit.col.details", AuditTrail.Entry::details, 520));
        org.secondlook.ui.ColumnWidths.keepFitted(table); // no event type or detail cut with "…"
        setCenter(table);
        BorderPane.setMargin(table, new Insets(6, 0, 0, 0));
        setPadding(new Insets(8));
        filters.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (org.secondlook.ui.action.AppAction.AUDIT_FILTER.matches(e)) {
                vm.refresh();
                e.consume();
            }
        });
    }

    /** Puts this screen's keys into the action table's registry, so the shortcut overlay lists them. */
    public void bindActions(org.secondlook.ui.action.ActionRegistry actions) {
        actions.bind(org.secondlook.ui.action.AppAction.AUDIT_FILTER, vm::refresh);
    }

    private static TextField field(String id, String key, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(Messages.get(key));
        f.textProperty().bindBidirectional(p);
        f.setPrefColumnCount(10);
        return f;
    }

    private static TableColumn<AuditTrail.Entry, String> column(String key, Function<AuditTrail.Entry, String> value,
                                                               double width) {
        TableColumn<AuditTrail.Entry, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> (ObservableValue<String>) new ReadOnlyStringWrapper(
                value.apply(f.getValue()) == null ? "" : value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The screen for a logged-in supervisor or administrator, its events loading (for a tab in the main window). */
    public static AuditView forSession(org.secondlook.review.ReviewSession session,
                                       org.secondlook.ui.TaskExecutor executor, java.time.Clock clock) {
        AuditViewModel vm = new AuditViewModel(session, executor, clock);
        AuditView view = new AuditView(vm);
        vm.refresh();
        org.secondlook.ui.ChangeWatch.whileShown(view, executor, vm::changeMarker, vm::refresh);
        return view;
    }

    public AuditViewModel viewModel() {
        return vm;
    }

    public TableView<AuditTrail.Entry> table() {
        return table;
    }
}
