package org.secondlook.ui.queue;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Verdict;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.domain.QueueQuery.SortKey;
import org.secondlook.ui.Messages;

/** The queue: filter bar and a virtual table whose rows load a page at a time. */
public final class QueueView extends VBox {
    private final QueueViewModel vm;
    private final TableView<QueueRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final NumberFormat riskFormat = NumberFormat.getNumberInstance();
    private final DateTimeFormatter dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
    private final org.secondlook.ui.UiPreferences prefs;
    /** What each column shows of a case (its width is fitted to these texts). */
    private final Map<TableColumn<QueueRow, ?>, Function<CaseSummary, String>> values = new java.util.LinkedHashMap<>();
    private boolean syncing;
    static final String COLUMNS_KEY = "queueColumns";

    public QueueView(QueueViewModel vm, org.secondlook.ui.UiPreferences prefs) {
        this.vm = vm;
        this.prefs = prefs;
        riskFormat.setMaximumFractionDigits(2);
        riskFormat.setMinimumFractionDigits(2);
        setSpacing(6);
        getStyleClass().addAll("panel", "queue-pane");
        getChildren().addAll(new QueueFilterBar(vm, search), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        // The header, about four rows and the scroll bar at any text size: the split above the case keeps that much.
        table.setStyle("-fx-min-height: 12em;");
        buildTable();
    }

    public TableView<QueueRow> table() {
        return table;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            vm.selectedIndexProperty().set(0);
        }
    }

    private void buildTable() {
        table.setId("queue-table");
        table.getStyleClass().add("queue-table");
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label(Messages.get("queue.empty")));
        TableColumn<QueueRow, String> risk = column("queue.col.risk", SortKey.RISK, s -> riskFormat.format(s.risk()), 70);
        table.getColumns().add(risk);
        table.getColumns().add(column("queue.col.id", SortKey.APPLICANT_ID, CaseSummary::applicantId, 110));
        table.getColumns().add(column("queue.col.name", SortKey.NAME, CaseSummary::fullName, 190));
        table.getColumns().add(column("queue.col.office", SortKey.OFFICE, CaseSummary::fieldOffice, 130));
        table.getColumns().add(column("queue.col.label", SortKey.LABEL, s -> name("label.", s.classifierLabel()), 110));
        table.getColumns().add(column("queue.col.verdict", SortKey.VERDICT, s -> name("verdict.", s.verdict()), 150));
        table.getColumns().add(column("queue.col.state", SortKey.STATE, s -> Messages.get("state." + s.state().name()), 110));
        table.getColumns().add(column("queue.col.decidedBy", SortKey.DECIDED_BY, s -> s.decidedBy() == null ? "" : s.decidedBy(), 110));
        table.getColumns().add(column("queue.col.imported", SortKey.IMPORTED_AT,
                s -> s.importedAt() == null ? "" : dateFormat.format(s.importedAt()), 110));
        table.setTableMenuButtonVisible(true);
        rememberColumns();
        Map<TableColumn<QueueRow, ?>, List<String>> words = Map.of(
                table.getColumns().get(4), words("label.", ClassifierLabel.values()),
                table.getColumns().get(5), words("verdict.", Verdict.values()),
                table.getColumns().get(6), java.util.Arrays.stream(ReviewState.values())
                        .map(st -> Messages.get("state." + st.name())).toList());
        new QueueColumnFit(table, values, words).install(vm.loadingProperty());
        List<TableColumn<QueueRow, ?>> answers = List.of(risk, table.getColumns().get(4), table.getColumns().get(5));
        risk.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(risk);
        table.setSortPolicy(t -> {
            if (!syncing) {
                if (t.getSortOrder().isEmpty()) {
                    applySort(SortKey.RISK, false);
                } else {
                    TableColumn<QueueRow, ?> c = t.getSortOrder().get(0);
                    applySort((SortKey) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING);
                }
            }
            return true;
        });
        blindColumns(answers);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(QueueRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(c -> c.startsWith("state-"));
                if (!empty && item != null && item.summary() != null) {
                    getStyleClass().add("state-" + item.summary().state().name());
                }
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing) {
                vm.selectedIndexProperty().set(b.intValue());
            }
        });
        vm.selectedIndexProperty().addListener((o, a, b) -> {
            int i = b.intValue();
            if (table.getSelectionModel().getSelectedIndex() != i) {
                syncing = true;
                try {
                    if (i < 0) {
                        table.getSelectionModel().clearSelection();
                    } else {
                        table.getSelectionModel().clearAndSelect(i);
                    }
                } finally {
                    syncing = false;
                }
            }
            if (i >= 0) {
                table.getFocusModel().focus(i);
                scrollIntoView(i);
            }
        });
    }

    /** Blind first: the risk, label and verdict columns leave the table until it is turned off. */
    private void blindColumns(List<TableColumn<QueueRow, ?>> answers) {
        List<TableColumn<QueueRow, ?>> all = List.copyOf(table.getColumns());
        Runnable apply = () -> {
            if (vm.blindFirstProperty().get()) {
                table.getColumns().removeAll(answers);
            } else {
                for (TableColumn<QueueRow, ?> c : answers) {
                    if (!table.getColumns().contains(c)) {
                        int at = 0;
                        for (TableColumn<QueueRow, ?> before : all.subList(0, all.indexOf(c))) {
                            at += table.getColumns().contains(before) ? 1 : 0;
                        }
                        table.getColumns().add(at, c);
                    }
                }
            }
        };
        vm.blindFirstProperty().addListener((o, a, b) -> apply.run());
        apply.run();
    }

    /** Column widths and which columns are shown are kept per user ("id:width:visible,..."). */
    private void rememberColumns() {
        for (String entry : prefs.get(COLUMNS_KEY, "").split(",")) {
            String[] f = entry.split(":");
            if (f.length != 3) {
                continue;
            }
            for (TableColumn<QueueRow, ?> c : table.getColumns()) {
                if (c.getId().equals(f[0])) {
                    try {
                        c.setPrefWidth(Double.parseDouble(f[1]));
                    } catch (NumberFormatException e) {
                        // keep the default width
                    }
                    c.setVisible(Boolean.parseBoolean(f[2]));
                }
            }
        }
        for (TableColumn<QueueRow, ?> c : table.getColumns()) {
            c.widthProperty().addListener((o, a, b) -> saveColumns());
            c.visibleProperty().addListener((o, a, b) -> saveColumns());
        }
    }

    private void saveColumns() {
        StringBuilder sb = new StringBuilder();
        for (TableColumn<QueueRow, ?> c : table.getColumns()) {
            sb.append(sb.length() == 0 ? "" : ",").append(c.getId()).append(':').append(Math.round(c.getWidth()))
                    .append(':').append(c.isVisible());
        }
        prefs.put(COLUMNS_KEY, sb.toString());
    }

    private void scrollIntoView(int i) {
        javafx.scene.control.skin.TableViewSkin<?> skin = (javafx.scene.control.skin.TableViewSkin<?>) table.getSkin();
        if (skin == null) {
            table.scrollTo(Math.max(0, i - 2));
            return;
        }
        javafx.scene.control.skin.VirtualFlow<?> flow = null;
        for (javafx.scene.Node n : table.lookupAll(".virtual-flow")) {
            if (n instanceof javafx.scene.control.skin.VirtualFlow<?> f) {
                flow = f;
            }
        }
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            table.scrollTo(Math.max(0, i - 2));
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int last = flow.getLastVisibleCell().getIndex();
        if (i <= first || i >= last) {
            table.scrollTo(Math.max(0, i - 2));
        }
    }

    private void applySort(SortKey key, boolean ascending) {
        if (vm.sortProperty().get() != key || vm.ascendingProperty().get() != ascending) {
            vm.sortBy(key, ascending);
        }
    }

    private static String name(String prefix, Enum<?> value) {
        return value == null ? "" : Messages.get(prefix + value.name());
    }

    /** Every word a column can show for {@code values}, so the column can be sized to the widest. */
    private static List<String> words(String prefix, Enum<?>... values) {
        return java.util.Arrays.stream(values).map(v -> name(prefix, v)).toList();
    }

    private TableColumn<QueueRow, String> column(String key, SortKey sort, Function<CaseSummary, String> value, double width) {
        TableColumn<QueueRow, String> c = new TableColumn<>(Messages.get(key));
        values.put(c, value);
        c.setId("col-" + sort.name());
        c.setUserData(sort);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> {
            QueueRow row = cd.getValue();
            vm.ensureLoaded(row.index());
            ObservableValue<String> text = Bindings.createStringBinding(() -> {
                CaseSummary s = row.summary();
                return s == null ? "" : value.apply(s);
            }, row.summaryProperty());
            return text;
        });
        return c;
    }
}
