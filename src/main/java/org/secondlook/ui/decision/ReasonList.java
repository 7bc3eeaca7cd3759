package org.secondlook.ui.decision;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.secondlook.ui.Messages;

/**
 * The reasons that fit the chosen track, numbered 1–9. The suggested one is pre-selected; Enter, a
 * click or its number chooses it (a chosen reason carries a check mark). Typing letters moves to the
 * first reason whose words start so (type-ahead); Enter then chooses it.
 */
public final class ReasonList extends ListView<ReasonCode> {
    private static final long TYPE_AHEAD_NANOS = 1_000_000_000L;
    private final TrackReasonChoice vm;
    private final StringBuilder typed = new StringBuilder();
    private long lastTyped;

    public ReasonList(TrackReasonChoice vm) {
        super(vm.offeredReasons());
        this.vm = vm;
        setId("decision-reason");
        getStyleClass().add("reason-list");
        setFixedCellSize(-1);
        setPrefHeight(170);
        setMinHeight(90);
        javafx.scene.control.Label empty = new javafx.scene.control.Label(Messages.get("decision.reasonListEmpty"));
        empty.setWrapText(true); // a narrow decision pane wraps the hint instead of cutting it off
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.maxWidthProperty().bind(widthProperty().subtract(24));
        setPlaceholder(empty);
        setCellFactory(l -> new Cell());
        vm.suggestedProperty().addListener((o, a, r) -> {
            if (vm.reasonProperty().get() == null) {
                cursorTo(r);
            }
        });
        vm.reasonProperty().addListener((o, a, r) -> {
            if (r != null) {
                cursorTo(r);
            }
            refresh();
        });
        vm.offeredReasons().addListener((javafx.collections.ListChangeListener<ReasonCode>) c ->
                cursorTo(vm.reasonProperty().get() != null ? vm.reasonProperty().get() : vm.suggestedProperty().get()));
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && getSelectionModel().getSelectedItem() != null) {
                vm.pick(getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_TYPED, this::typeAhead);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && getSelectionModel().getSelectedItem() != null) {
                vm.pick(getSelectionModel().getSelectedItem());
            }
        });
    }

    private void cursorTo(ReasonCode r) {
        if (r == null) {
            getSelectionModel().clearSelection();
        } else {
            getSelectionModel().select(r);
            scrollTo(r);
        }
    }

    /**
     * Number keys anywhere in {@code scope} but in a text field choose that reason (1–9): the list need
     * not have the focus.
     */
    public void pickByDigitIn(javafx.scene.Node scope) {
        scope.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!(e.getTarget() instanceof javafx.scene.control.TextInputControl) && !e.isShortcutDown() && !e.isAltDown()
                    && pickByDigit(e.getCharacter())) {
                e.consume();
            }
        });
    }

    /** A typed digit 1–9 chooses that reason; true when it did. */
    boolean pickByDigit(String character) {
        if (character == null || character.length() != 1 || character.charAt(0) < '1' || character.charAt(0) > '9') {
            return false;
        }
        return vm.pick(character.charAt(0) - '0');
    }

    private void typeAhead(KeyEvent e) {
        String c = e.getCharacter();
        if (c == null || c.isEmpty() || !Character.isLetter(c.charAt(0)) || e.isShortcutDown()) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastTyped > TYPE_AHEAD_NANOS) {
            typed.setLength(0);
        }
        lastTyped = now;
        typed.append(c);
        ReasonCode r = vm.find(typed.toString());
        if (r != null) {
            cursorTo(r);
        }
        e.consume();
    }

    private final class Cell extends ListCell<ReasonCode> {
        Cell() {
            setWrapText(true);
            // the list's width less its scroll bar, which grows with the text size: wraps, never scrolls sideways
            prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> ReasonList.this.getWidth()
                    - 2 * (getFont() == null ? 13 : getFont().getSize()) - 4, ReasonList.this.widthProperty(), fontProperty()));
        }

        @Override
        protected void updateItem(ReasonCode r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                return;
            }
            int n = getIndex() + 1;
            String mark = r.equals(vm.reasonProperty().get()) ? "\u2713 "
                    : r.equals(vm.suggestedProperty().get()) ? Messages.get("decision.suggestedMark") + " " : "";
            setText((n <= 9 ? n + "  " : "") + mark + r.label());
        }
    }
}
