package org.secondlook.exchange;

import org.secondlook.review.decisions.ReasonCodeList;
import org.secondlook.review.Words;

/**
 * The words the workbook shows for stored codes — the window's words: "Basic academy", "Not law
 * enforcement", "Signed off", the reason's label. The codes themselves go into columns of their own
 * for scripts. A code without words is shown as it is.
 */
final class WorkbookWords {
    private final ReasonCodeList reasons;

    WorkbookWords(ReasonCodeList reasons) {
        this.reasons = reasons;
    }

    static WorkbookWords standard() {
        return new WorkbookWords(ReasonCodeList.standard());
    }

    String track(String code) {
        return Words.track(code);
    }

    String state(String code) {
        return Words.state(code);
    }

    String label(String code) {
        return Words.label(code);
    }

    String verdict(String code) {
        return Words.verdict(code);
    }

    String kind(String code) {
        return Words.kind(code);
    }

    String reason(String code) {
        return code == null || code.isEmpty() ? code : reasons.label(code);
    }
}
