package org.secondlook.ui.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secondlook.review.Permission;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.oversight.MetricsScope;
import org.secondlook.review.oversight.OversightService;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * The dashboard's model: the filter (office, first and last import day), the figures the oversight service
 * computed for it (sorted by chart in {@link DashboardData}), and the export of those figures to a workbook.
 */
public final class DashboardViewModel {
    private final OversightService oversight;
    private final TaskExecutor executor;
    private final StringProperty office = new SimpleStringProperty(); // null: every office
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<String> offices = FXCollections.observableArrayList();
    private final ObjectProperty<DashboardData> data = new SimpleObjectProperty<>(DashboardData.empty());
    private final ObjectProperty<MetricsScope> shownScope = new SimpleObjectProperty<>(MetricsScope.all());
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public DashboardViewModel(OversightService oversight, TaskExecutor executor) {
        this.oversight = oversight;
        this.executor = executor;
    }

    /** Whether this account may see the figures (admins and supervisors). */
    public static boolean availableTo(ReviewSession session) {
        return session.may(Permission.METRICS);
    }

    /** Computes the figures for the filter in the background. */
    public void refresh() {
        String o = office.get() == null || office.get().isBlank() || office.get().equals(allOffices()) ? null
                : office.get();
        MetricsScope scope = new MetricsScope(o, from.get(), to.get());
        busy.set(true);
        executor.execute(() -> oversight.metrics(scope), m -> {
            busy.set(false);
            DashboardData d = DashboardData.of(m);
            shownScope.set(scope);
            data.set(d);
            if (scope.office() == null && !scope.limitsDays()) {
                TreeSet<String> names = new TreeSet<>(d.backlogByOffice().keySet());
                names.addAll(d.toolLeoByOffice().keySet());
                offices.setAll(allOffices());
                offices.addAll(names);
            }
            message.set(Messages.get("dashboard.computed", m.figures().size(), m.computeMillis()));
        }, this::failed);
    }

    public void clearFilters() {
        office.set(null);
        from.set(null);
        to.set(null);
        refresh();
    }

    /** Writes the figures shown (and their scope) to a workbook sheet. */
    public void exportWorkbook(Path file) throws IOException {
        FiguresWorkbook.write(file, shownScope.get(), data.get().figures());
    }

    private void failed(Exception e) {
        busy.set(false);
        message.set(ErrorMessages.sentence(e));
    }

    static String allOffices() {
        return Messages.get("dashboard.allOffices");
    }

    public StringProperty officeProperty() {
        return office;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<String> offices() {
        return offices;
    }

    public ObjectProperty<DashboardData> dataProperty() {
        return data;
    }

    public DashboardData data() {
        return data.get();
    }

    public MetricsScope shownScope() {
        return shownScope.get();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
