package org.secondlook.ui.queue;

import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Verdict;
import org.secondlook.ui.Messages;

/**
 * The queue's filter bar: the search field (owned by the view, which focuses it), the states, the tool's
 * label, the verdict, office, reviewer and import dates, Clear filters and the query's error. Each control is
 * bound to the view model, so Clear filters (or a saved view) resets them all.
 */
final class QueueFilterBar extends FlowPane {
    QueueFilterBar(QueueViewModel vm, TextField search) {
        super(6, 6);
        getStyleClass().add("queue-filters");
        search.setId("queue-search");
        search.setPromptText(Messages.get("queue.searchPrompt"));
        search.getStyleClass().add("filter-search");
        search.setTooltip(new Tooltip(Messages.get("queue.searchTip")));
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> vm.searchProperty().set(search.getText()));
        search.textProperty().addListener((o, a, b) -> typing.playFromStart());
        search.setOnAction(e -> {
            typing.stop();
            vm.searchProperty().set(search.getText());
        });
        vm.searchProperty().addListener((o, a, b) -> {
            if (!b.equals(search.getText())) {
                search.setText(b);
            }
        });

        CheckComboBox<ReviewState> state = stateChoice(vm.states());

        ComboBox<ClassifierLabel> label = choice("filter-label", "filter.anyLabel", "label.", vm.labelProperty(),
                ClassifierLabel.values());
        ComboBox<Verdict> verdict = choice("filter-verdict", "filter.anyVerdict", "verdict.", vm.verdictProperty(),
                Verdict.values());
        TextField office = text("filter-office", "filter.office", vm.officeProperty());
        TextField reviewer = text("filter-reviewer", "filter.reviewer", vm.reviewerProperty());
        DatePicker from = new DatePicker();
        from.setId("filter-from");
        from.setPromptText(Messages.get("filter.importedFrom"));
        from.getStyleClass().add("filter-date");
        from.valueProperty().bindBidirectional(vm.importedFromProperty());
        DatePicker to = new DatePicker();
        to.setId("filter-to");
        to.setPromptText(Messages.get("filter.importedTo"));
        to.getStyleClass().add("filter-date");
        to.valueProperty().bindBidirectional(vm.importedToProperty());
        Button clear = new Button(Messages.get("action.clearFilters"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> vm.clearFilters());
        Label error = new Label();
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.errorProperty());
        for (ComboBox<?> answer : List.of(label, verdict)) {
            answer.visibleProperty().bind(vm.blindFirstProperty().not());
            answer.managedProperty().bind(answer.visibleProperty());
        }
        getChildren().addAll(search, state, label, verdict, office, reviewer, from, to, clear, error);
    }

    private static TextField text(String id, String promptKey, StringProperty target) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(Messages.get(promptKey));
        f.getStyleClass().add("filter-text");
        f.setOnAction(e -> target.set(f.getText()));
        f.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                target.set(f.getText());
            }
        });
        target.addListener((o, a, b) -> f.setText(b));
        return f;
    }

    /**
     * ControlsFX's check combo box for the states: several may be checked; with none checked it reads "Any
     * state" and the queue shows every state. Kept in step with the view model's set both ways (Clear filters).
     */
    private static CheckComboBox<ReviewState> stateChoice(ObservableSet<ReviewState> states) {
        CheckComboBox<ReviewState> box = new CheckComboBox<>(FXCollections.observableArrayList(ReviewState.values()));
        box.setId("filter-state");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReviewState s) {
                return s == null ? "" : Messages.get("state." + s.name());
            }

            @Override
            public ReviewState fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        box.setAccessibleText(Messages.get("filter.state"));
        boolean[] syncing = {false};
        Runnable title = () -> box.setTitle(states.isEmpty() ? Messages.get("filter.anyState") : null);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<ReviewState>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                try {
                    states.retainAll(box.getCheckModel().getCheckedItems());
                    states.addAll(box.getCheckModel().getCheckedItems());
                } finally {
                    syncing[0] = false;
                }
            }
            title.run();
        });
        states.addListener((SetChangeListener<ReviewState>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                try {
                    for (ReviewState s : ReviewState.values()) {
                        if (states.contains(s)) {
                            box.getCheckModel().check(s);
                        } else {
                            box.getCheckModel().clearCheck(s);
                        }
                    }
                } finally {
                    syncing[0] = false;
                }
            }
            title.run();
        });
        title.run();
        return box;
    }

    /** A choice of one enum value, or none ("any"); the values are named by their message keys. */
    private static <E extends Enum<E>> ComboBox<E> choice(String id, String anyKey, String prefix, ObjectProperty<E> target,
                                                          E[] values) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        Function<E, String> name = v -> Messages.get(prefix + v.name());
        box.setButtonCell(new NamedCell<>(v -> Messages.get(anyKey), name));
        box.setCellFactory(l -> new NamedCell<>(v -> Messages.get(anyKey), name));
        box.valueProperty().bindBidirectional(target);
        box.setAccessibleText(Messages.get(anyKey));
        return box;
    }

    /** A combo cell that names a value, and names "any" for null (or the empty string). */
    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> any;
        private final Function<T, String> name;
        private final boolean emptyIsAny;

        NamedCell(Function<T, String> any, Function<T, String> name) {
            this(any, name, false);
        }

        NamedCell(Function<T, String> any, Function<T, String> name, boolean emptyIsAny) {
            this.any = any;
            this.name = name;
            this.emptyIsAny = emptyIsAny;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            boolean isAny = item == null || (emptyIsAny && "".equals(item));
            setText(isAny ? any.apply(item) : name.apply(item));
        }
    }

}
