package org.secondlook.ui.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a scroll pane so that the control that just got the keyboard focus is in view. */
final class ScrollIntoView {
    private ScrollIntoView() {
    }

    static void ensureVisible(ScrollPane pane, Node focused) {
        Node content = pane.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        if (node == null || contentHeight <= viewHeight) {
            return;
        }
        double top = pane.getVvalue() * (contentHeight - viewHeight);
        double newTop = top;
        if (node.getMinY() < top) {
            newTop = node.getMinY();
        } else if (node.getMaxY() > top + viewHeight) {
            newTop = Math.min(node.getMinY(), node.getMaxY() - viewHeight);
        }
        if (newTop != top) {
            pane.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewHeight))));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
