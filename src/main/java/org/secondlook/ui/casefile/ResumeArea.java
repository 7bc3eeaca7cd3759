package org.secondlook.ui.casefile;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The read-only résumé with its highlights and the explanation popup at the hovered span. */
public final class ResumeArea extends StyleClassedTextArea {
    private final Popup popup = new Popup();
    private final Label popupText = new Label();

    public ResumeArea(CaseViewModel vm) {
        super(false);
        setId("resume-area");
        getStyleClass().add("resume-area");
        setEditable(false);
        setWrapText(true);
        setShowCaret(org.fxmisc.richtext.Caret.CaretVisibility.ON);
        // read-only: Tab and Shift+Tab move the focus on instead of being taken by the text area
        org.fxmisc.wellbehaved.event.Nodes.addInputMap(this, org.fxmisc.wellbehaved.event.InputMap.ignore(
                org.fxmisc.wellbehaved.event.EventPattern.keyPressed(javafx.scene.input.KeyCode.TAB,
                        javafx.scene.input.KeyCombination.SHIFT_ANY)));
        StackPane box = new StackPane(popupText);
        box.getStyleClass().add("explanation-popup");
        popupText.setId("explanation-popup-text");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        setMouseOverTextDelay(Duration.ofMillis(300));
        addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = vm.explanationAt(e.getCharacterIndex());
            if (!text.isEmpty()) {
                popupText.setText(text);
                box.getStylesheets().setAll(getScene().getStylesheets());
                box.setStyle(getScene().getRoot().getStyle());
                Point2D pos = e.getScreenPosition();
                popup.show(this, pos.getX(), pos.getY() + 12);
            }
        });
        addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    /** Shows the text and applies the runs computed by {@link HighlightStyles}. */
    public void show(String text, List<StyleRun> runs) {
        popup.hide();
        replaceText(text == null ? "" : text);
        if (!runs.isEmpty()) {
            setStyleSpans(0, toStyleSpans(runs));
        }
        moveTo(0);
        requestFollowCaret();
    }

    static StyleSpans<Collection<String>> toStyleSpans(List<StyleRun> runs) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(runs.size());
        for (StyleRun r : runs) {
            b.add(r.styleClasses(), r.length());
        }
        return b.create();
    }

    /** Selects a span and scrolls it into view. */
    public void reveal(int start, int end) {
        int len = getLength();
        int a = Math.max(0, Math.min(start, len));
        int b = Math.max(a, Math.min(end, len));
        moveTo(a);
        selectRange(a, b);
        requestFollowCaret();
    }

    public Popup explanationPopup() {
        return popup;
    }
}
