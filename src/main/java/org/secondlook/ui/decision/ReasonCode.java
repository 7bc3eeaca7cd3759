package org.secondlook.ui.decision;

/** A reason a reviewer gives with a decision: the stored code and its plain-language label. */
public record ReasonCode(String code, String label) {
    @Override
    public String toString() {
        return label;
    }
}
