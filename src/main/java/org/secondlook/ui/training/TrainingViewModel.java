package org.secondlook.ui.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secondlook.domain.RemediationState;
import org.secondlook.review.Permission;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.remediation.RemediationService;
import org.secondlook.review.remediation.RosterReport;
import org.secondlook.review.remediation.TrainingDetail;
import org.secondlook.review.remediation.TrainingLine;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * The Training tab: training records in force, filtered by state and overdue; the selected record's
 * timeline and evidence; importing an academy roster (its report with every bad row's number and reason),
 * attaching a certificate and verifying a completion. The buttons follow the same rules the service
 * enforces (admins and supervisors change records, only a supervisor verifies, never on evidence they
 * provided); the service checks them again at each call.
 */
public final class TrainingViewModel {
    private final ReviewSession session;
    private final TaskExecutor executor;
    private final boolean mayChange;
    private final boolean mayVerify;
    private final ObservableList<TrainingLine> rows = FXCollections.observableArrayList();
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ObjectProperty<RemediationState> stateFilter = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<TrainingLine> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<TrainingDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canVerify;
    private final BooleanBinding canAttach;

    public TrainingViewModel(ReviewSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        this.mayChange = session.may(Permission.TRAINING_CHANGE);
        this.mayVerify = session.may(Permission.TRAINING_VERIFY);
        canVerify = Bindings.createBooleanBinding(() -> {
            TrainingDetail d = detail.get();
            return mayVerify && !busy.get() && d != null && d.line().state() == RemediationState.COMPLETED
                    && !session.userName().equals(d.evidenceBy());
        }, detail, busy);
        canAttach = Bindings.createBooleanBinding(() -> {
            TrainingLine l = selected.get();
            return mayChange && !busy.get() && l != null && l.action().needsTraining()
                    && (l.state() == RemediationState.IN_TRAINING || l.state() == RemediationState.COMPLETED);
        }, selected, busy);
        selected.addListener((o, a, b) -> open(b));
        stateFilter.addListener((o, a, b) -> refresh());
        overdueOnly.addListener((o, a, b) -> refresh());
    }

    /**
     * Whether the tab is shown at all: every account with a role (reviewers read only), on a session that
     * keeps training records (one that does not, such as a stand-in for the review screen, shows no tab).
     */
    public static boolean availableTo(ReviewSession session) {
        return session.keepsTrainingRecords() && session.may(Permission.VIEW_CASES);
    }

    /** Reloads the list with the filters, keeping the selection on the same applicant when it is still listed. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().applicantId();
        var query = new RemediationService.ListQuery(stateFilter.get(), null, overdueOnly.get(), null, 0);
        busy.set(true);
        executor.execute(() -> session.remediation().list(query), list -> {
            busy.set(false);
            rows.setAll(list);
            selected.set(list.stream().filter(l -> l.applicantId().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, this::failed);
    }

    private void open(TrainingLine line) {
        if (line == null) {
            detail.set(null);
            return;
        }
        executor.execute(() -> session.remediation().show(line.applicantId()), d -> {
            if (selected.get() != null && selected.get().applicantId().equals(d.line().applicantId())) {
                detail.set(d);
            }
        }, this::failed);
    }

    /** Imports an academy roster; the report lists what it did and every rejected row. */
    public void importRoster(Path roster) {
        if (!mayChange) {
            show(Messages.get("training.readOnly"), true);
            return;
        }
        if (roster == null || busy.get()) {
            return;
        }
        busy.set(true);
        report.clear();
        show(Messages.get("training.importing", roster.getFileName()), false);
        executor.execute(() -> session.remediation().importRoster(roster), r -> {
            busy.set(false);
            report.setAll(reportLines(r));
            show(r.nothingChanged() && r.rejectedRows().isEmpty() && r.unchanged() > 0 ? Messages.get("training.nothingChanged")
                    : Messages.get("training.imported", r.applied(), r.unchanged(), r.rejectedRows().size()), false);
            refresh();
        }, this::failed);
    }

    /** The report's lines: one per rejected row, with its row number and reason. */
    static List<String> reportLines(RosterReport r) {
        List<String> out = new ArrayList<>();
        for (RosterReport.Rejected x : r.rejectedRows()) {
            out.add(x.applicantId() == null ? Messages.get("training.rejectedRow", x.rowNumber(), x.reason())
                    : Messages.get("training.rejectedRowId", x.rowNumber(), x.applicantId(), x.reason()));
        }
        return out;
    }

    /** Attaches a PDF certificate to the selected record (read from the file in the background). */
    public void attachCertificate(Path pdf) {
        TrainingLine l = selected.get();
        if (pdf == null || l == null || !canAttach.get()) {
            return;
        }
        busy.set(true);
        executor.execute(() -> session.remediation().attachCertificate(l.applicantId(), pdf.getFileName().toString(),
                Files.readAllBytes(pdf)), sha -> {
            busy.set(false);
            show(Messages.get("training.attached", l.applicantId(), sha), false);
            refresh();
        }, this::failed);
    }

    /** Verifies the selected completion. */
    public void verify() {
        TrainingLine l = selected.get();
        if (l == null || !canVerify.get()) {
            if (l != null && !mayVerify) {
                show(Messages.get("training.verifyNeedsSupervisor"), true);
            }
            return;
        }
        busy.set(true);
        executor.execute(() -> {
            session.remediation().verify(l.applicantId());
            return l;
        }, done -> {
            busy.set(false);
            show(Messages.get("training.verified", done.applicantId()), false);
            refresh();
        }, this::failed);
    }

    private void failed(Exception e) {
        busy.set(false);
        show(ErrorMessages.sentence(e), true);
    }

    private void show(String text, boolean bad) {
        failed.set(bad);
        message.set(text);
    }

    /** A state's words for the list and the filter ("In training"); null is every state. */
    public static String stateLabel(RemediationState s) {
        return s == null ? Messages.get("training.state.all") : Messages.get("training.state." + s.name());
    }

    public boolean mayChange() {
        return mayChange;
    }

    public boolean mayVerify() {
        return mayVerify;
    }

    public ObservableList<TrainingLine> rows() {
        return rows;
    }

    public ObservableList<String> report() {
        return report;
    }

    public ObjectProperty<RemediationState> stateFilterProperty() {
        return stateFilter;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObjectProperty<TrainingLine> selectedProperty() {
        return selected;
    }

    public ObjectProperty<TrainingDetail> detailProperty() {
        return detail;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canVerifyProperty() {
        return canVerify;
    }

    public BooleanBinding canAttachProperty() {
        return canAttach;
    }
}
