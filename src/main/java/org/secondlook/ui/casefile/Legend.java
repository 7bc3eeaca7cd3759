package org.secondlook.ui.casefile;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.secondlook.review.cases.Span;
import org.secondlook.ui.Messages;

/** The legend: each category's look drawn by the same text area and style classes as the résumé. */
public final class Legend extends StyleClassedTextArea {
    public Legend() {
        super(false);
        setId("legend");
        getStyleClass().add("resume-area");
        setEditable(false);
        setFocusTraversable(false);
        setWrapText(true);
        StringBuilder text = new StringBuilder();
        List<StyleRun> runs = new ArrayList<>();
        for (String kind : HighlightStyles.KNOWN_KINDS) {
            String sample = Messages.get("legend.sample");
            int start = text.length();
            text.append(sample);
            runs.add(new StyleRun(start, text.length(), List.of(HighlightStyles.styleClass(kind))));
            String rest = "  " + CaseViewModel.kindLabel(kind) + " \u2014 " + Messages.get("cue." + kind) + "\n";
            runs.add(new StyleRun(text.length(), text.length() + rest.length(), List.of()));
            text.append(rest);
        }
        replaceText(text.toString());
        setStyleSpans(0, ResumeArea.toStyleSpans(runs));
    }

    /** The kinds the legend explains. */
    public static List<String> kinds() {
        return HighlightStyles.KNOWN_KINDS;
    }

    static String toolKind() {
        return Span.TOOL_EVIDENCE;
    }
}
