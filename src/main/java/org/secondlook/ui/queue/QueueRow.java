package org.secondlook.ui.queue;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.secondlook.review.cases.CaseSummary;

/**
 * One line of the virtual queue. The table holds one of these per matching case; its summary
 * arrives when the page holding it is loaded, and the cells follow the property.
 */
public final class QueueRow {
    private final int index;
    private final ReadOnlyObjectWrapper<CaseSummary> summary = new ReadOnlyObjectWrapper<>();

    QueueRow(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    public ReadOnlyObjectProperty<CaseSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public CaseSummary summary() {
        return summary.get();
    }

    void set(CaseSummary s) {
        summary.set(s);
    }
}
