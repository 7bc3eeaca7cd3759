package org.secondlook.ui.training;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.secondlook.review.remediation.TrainingDetail;
import org.secondlook.ui.Messages;

/** The selected training record: its heading, timeline (every move), evidence, and Attach / Verify. */
final class TrainingDetailPane extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ZoneId zone;
    private final Label heading = new Label();
    private final ListView<String> timeline = new ListView<>();
    private final ListView<String> evidence = new ListView<>();

    TrainingDetailPane(TrainingViewModel vm, ZoneId zone, Runnable attach) {
        super(8);
        this.zone = zone;
        setId("training-detail");
        setPadding(new Insets(0, 0, 0, 8));
        heading.setId("training-case");
        heading.getStyleClass().add("subtitle-label");
        heading.setWrapText(true);
        timeline.setId("training-timeline");
        timeline.setPrefHeight(180);
        evidence.setId("training-evidence");
        evidence.setPrefHeight(90);
        for (ListView<String> list : java.util.List.of(timeline, evidence)) {
            list.setCellFactory(l -> wrapping(list)); // a long move or certificate line wraps instead of scrolling sideways
        }
        Label timelineTitle = section("training.timeline");
        Label evidenceTitle = section("training.evidence");
        Button attachButton = new Button(Messages.get("training.attach"));
        attachButton.setId("training-attach");
        attachButton.setOnAction(e -> attach.run());
        attachButton.disableProperty().bind(vm.canAttachProperty().not());
        attachButton.setVisible(vm.mayChange());
        attachButton.setManaged(vm.mayChange());
        Button verify = new Button(Messages.get("training.verify"));
        verify.setId("training-verify");
        verify.setOnAction(e -> vm.verify());
        verify.disableProperty().bind(vm.canVerifyProperty().not());
        verify.setVisible(vm.mayVerify());
        verify.setManaged(vm.mayVerify());
        Label hint = new Label(Messages.get(vm.mayVerify() ? "training.verifyHint" : "training.verifyNeedsSupervisor"));
        hint.setId("training-verify-hint");
        hint.getStyleClass().add("hint-label");
        hint.setWrapText(true);
        HBox buttons = new HBox(8, attachButton, verify);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, timelineTitle, timeline, evidenceTitle, evidence, buttons, hint);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        vm.detailProperty().addListener((o, a, d) -> show(d));
        show(vm.detailProperty().get());
    }

    /** A cell whose text wraps at the list's width (less its scroll bar). */
    private static javafx.scene.control.ListCell<String> wrapping(ListView<String> list) {
        javafx.scene.control.ListCell<String> cell = new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return cell;
    }

    private void show(TrainingDetail d) {
        if (d == null) {
            heading.setText(Messages.get("training.selectOne"));
            timeline.getItems().clear();
            evidence.getItems().clear();
            return;
        }
        var l = d.line();
        heading.setText(Messages.get("training.case", l.applicantId(), Messages.get("training.action." + l.action().name()),
                TrainingViewModel.stateLabel(l.state()), l.attempt(), l.classNumber() == null ? "\u2014" : l.classNumber()));
        timeline.getItems().setAll(d.moves().stream().map(m -> Messages.get("training.move", time(m.at()),
                m.from() == null ? Messages.get("training.created") : TrainingViewModel.stateLabel(m.from()),
                TrainingViewModel.stateLabel(m.to()), m.by(), MoveWords.of(m.detail()))).toList());
        evidence.getItems().setAll(d.evidence().stream().map(e -> "CERTIFICATE".equals(e.kind())
                ? Messages.get("training.certificate", e.file(), e.sha256(), e.attachedBy(), time(e.attachedAt()))
                : Messages.get("training.rosterRow", e.file(), e.row(), e.classNumber(),
                        e.result() == null || e.result().isEmpty() ? Messages.get("training.noResult") : e.result(),
                        e.attachedBy())).toList());
    }

    private String time(Instant at) {
        return at == null ? "\u2014" : TIME.format(at.atZone(zone));
    }

    private static Label section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-label");
        return l;
    }
}
