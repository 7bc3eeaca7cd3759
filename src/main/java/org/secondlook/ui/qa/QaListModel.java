package org.secondlook.ui.qa;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secondlook.review.cases.CaseQueries;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.casefile.CaseViewModel;
import org.secondlook.ui.decision.ReasonCode;
import org.secondlook.ui.decision.TrackReasonChoice;

/**
 * What both QA screens' models share: a list of waiting cases read from the QA service, the selected one and
 * its case file, a track and reason to give, the message line and the busy flag, and sending a command for
 * the selected case, after which the list moves on.
 *
 * @param <T> one row of the list
 */
public abstract class QaListModel<T> {
    private final TaskExecutor executor;
    private final Function<T, String> idOf;
    private final String countKey;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final TrackReasonChoice choice;
    private final CaseViewModel caseFile;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final IntegerProperty count = new SimpleIntegerProperty(0);

    /**
     * @param cases    where the selected case is read from
     * @param idOf     a row's applicant id
     * @param countKey the message saying how many rows the list holds
     */
    QaListModel(TaskExecutor executor, List<ReasonCode> reasons, CaseQueries cases, Clock clock,
                Function<T, String> idOf, String countKey) {
        this.executor = executor;
        this.idOf = idOf;
        this.countKey = countKey;
        this.choice = new TrackReasonChoice(reasons);
        this.caseFile = new CaseViewModel(cases, executor, clock);
        selected.addListener((o, a, b) -> {
            if (a == null || b == null || !idOf.apply(a).equals(idOf.apply(b))) {
                choice.clear();
                caseFile.open(b == null ? null : idOf.apply(b));
                otherCase(b);
            }
        });
    }

    /** The list as the QA service gives it now (called off the FX thread). */
    abstract List<T> fetch();

    /** Called on the FX thread when another case (or none) is selected, after the choice is cleared. */
    void otherCase(T row) {
    }

    /** Reloads the list, keeping the selection on the same case while it still waits. */
    public void refresh() {
        String keep = selected.get() == null ? null : idOf.apply(selected.get());
        executor.execute(this::fetch, list -> {
            rows.setAll(list);
            count.set(list.size());
            selected.set(list.stream().filter(r -> idOf.apply(r).equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            if (message.get().isEmpty()) {
                message.set(Messages.get(countKey, list.size()));
            }
        }, e -> message.set(ErrorMessages.sentence(e)));
    }

    /**
     * Runs {@code command} on the selected case {@code row} off the FX thread; when it is done, says
     * {@code done} and moves on to the next case, else says why not.
     */
    void send(T row, Runnable command, String done) {
        busy.set(true);
        executor.execute(() -> {
            command.run();
            return idOf.apply(row);
        }, id -> {
            busy.set(false);
            message.set(done);
            selected.set(null);
            refresh();
        }, e -> {
            busy.set(false);
            message.set(ErrorMessages.sentence(e));
        });
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    /** The track and reason to give. */
    public TrackReasonChoice choice() {
        return choice;
    }

    /** The selected case. */
    public CaseViewModel caseFile() {
        return caseFile;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** How many cases the list holds (the tab's title counts them). */
    public IntegerProperty countProperty() {
        return count;
    }
}
