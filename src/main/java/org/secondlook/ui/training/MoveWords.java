package org.secondlook.ui.training;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secondlook.ui.Messages;

/**
 * A timeline move's stored detail ("training record ENROL made (tool said LEO, status SELECTED)") with each
 * stored code the bundle has words for told in those words ("Enroll", "LEO", "Selected"); other text, and a
 * code without words, stays as it is.
 */
final class MoveWords {
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");
    /** Where a code's words are looked up, first match wins. */
    private static final List<String> KINDS = List.of("training.action.", "training.employment.", "training.state.",
            "training.waiver.", "label.");

    private MoveWords() {
    }

    static String of(String detail) {
        if (detail == null || detail.isEmpty()) {
            return "";
        }
        Matcher m = CODE.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String word(String code) {
        for (String kind : KINDS) {
            if (Messages.has(kind + code)) {
                return Messages.get(kind + code);
            }
        }
        return code;
    }
}
