package org.secondlook.ui.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secondlook.domain.Role;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/** The audit screen's model: filters (user, event, case, text, dates), the events newest first, the chain check. */
public final class AuditViewModel {
    static final int LIMIT = 2000;
    private final ReviewSession session;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditTrail.Entry> events = FXCollections.observableArrayList();
    private final ObservableList<String> types = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty chain = new SimpleStringProperty("");
    private final BooleanProperty chainOk = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public AuditViewModel(ReviewSession session, TaskExecutor executor, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.zone = clock.getZone();
    }

    /** Whether this account may read the audit trail (admins and supervisors). */
    public static boolean availableTo(ReviewSession session) {
        return session.roles().contains(Role.ADMIN) || session.roles().contains(Role.SUPERVISOR);
    }

    /** Loads the events matching the filters, and the list of event types. */
    public void refresh() {
        AuditTrail.Query q = new AuditTrail.Query(blankToNull(actor.get()), blankToNull(type.get()),
                blankToNull(subject.get()), blankToNull(text.get()),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(), LIMIT);
        busy.set(true);
        executor.execute(() -> new Object[] {session.audit().events(q), session.audit().types()}, r -> {
            busy.set(false);
            @SuppressWarnings("unchecked")
            java.util.List<AuditTrail.Entry> list = (java.util.List<AuditTrail.Entry>) r[0];
            @SuppressWarnings("unchecked")
            java.util.List<String> t = (java.util.List<String>) r[1];
            events.setAll(list);
            String keep = type.get();
            types.setAll(t);
            type.set(keep);
            message.set(Messages.get("audit.shown", list.size()));
        }, this::failed);
    }

    public void clearFilters() {
        actor.set("");
        type.set("");
        subject.set("");
        text.set("");
        from.set(null);
        to.set(null);
        refresh();
    }

    /** Walks the whole hash chain and says whether it is intact. */
    public void verify() {
        busy.set(true);
        executor.execute(() -> session.audit().verify(), c -> {
            busy.set(false);
            chainOk.set(c.ok());
            chain.set(c.ok() ? Messages.get("audit.chainOk", c.events())
                    : Messages.get("audit.chainBroken", c.firstBrokenSeq(), c.problem()));
        }, this::failed);
    }

    private void failed(Exception e) {
        busy.set(false);
        message.set(ErrorMessages.sentence(e));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<AuditTrail.Entry> events() {
        return events;
    }

    public ObservableList<String> types() {
        return types;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty chainProperty() {
        return chain;
    }

    public BooleanProperty chainOkProperty() {
        return chainOk;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ZoneId zone() {
        return zone;
    }
}
