package org.secondlook.ui.signoff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.secondlook.review.decisions.SignOffService.PendingDecision;
import org.secondlook.ui.Messages;

/**
 * One decision waiting for sign-off, drawn as a card that wraps at the list's width (no sideways scroll
 * bar, nothing cut with "…"): the mark and the case, the track and the reason in words, who decided when
 * and where, and the reviewer's note.
 */
final class DecisionCell extends ListCell<PendingDecision> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The list's vertical scroll bar and the cell's padding, in em of the text (the bar grows with the text). */
    private static final double ALLOWANCE_EM = 2.5;
    private final SignOffViewModel vm;
    private final ZoneId zone;
    private final Label title = line("signoff-card-title");
    private final Label decision = line("signoff-card-decision");
    private final Label by = line("signoff-card-by");
    private final Label note = line("signoff-card-note");
    private final VBox box = new VBox(2, title, decision, by, note);

    DecisionCell(ListView<PendingDecision> list, SignOffViewModel vm, ZoneId zone) {
        this.vm = vm;
        this.zone = zone;
        getStyleClass().add("signoff-card");
        box.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, list.getWidth() - ALLOWANCE_EM * getFont().getSize()), list.widthProperty(), fontProperty()));
        box.maxWidthProperty().bind(box.prefWidthProperty());
        box.setMinWidth(0);
        note.managedProperty().bind(note.visibleProperty());
    }

    private static Label line(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines are never cut with "…"
        return l;
    }

    @Override
    protected void updateItem(PendingDecision p, boolean empty) {
        super.updateItem(p, empty);
        setText(null);
        if (empty || p == null) {
            setGraphic(null);
            return;
        }
        title.setText((vm.marked().contains(p.applicantId()) ? "\u2713 " : "") + p.applicantId() + " \u00b7 " + p.fullName());
        decision.setText(Messages.get("signoff.decision", SignOffViewModel.trackText(p.track()), vm.reasonLabel(p.reasonCode())));
        by.setText(Messages.get("signoff.card.by", p.decidedBy(), TIME.format(p.decidedAt().atZone(zone)),
                p.fieldOffice() == null ? "" : p.fieldOffice())
                + (p.supersedesSignedOff() ? " \u2014 " + Messages.get("signoff.supersedes") : ""));
        boolean hasNote = p.note() != null && !p.note().isBlank();
        note.setText(hasNote ? Messages.get("signoff.note", p.note()) : "");
        note.setVisible(hasNote);
        setGraphic(box);
    }
}
