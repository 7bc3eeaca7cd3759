package org.secondlook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;

/** Checks on what the screen draws: every word of a label whole, inside its box, no sideways scroll bar. */
final class Readable {
    private Readable() {
    }

    /**
     * The labels with text drawn under {@code root}: the nodes with {@code styleClass} that have text, and the
     * labels in the graphic of those that draw one instead (a list's cards).
     */
    static List<Labeled> shownIn(Node root, String styleClass) {
        List<Labeled> out = new ArrayList<>();
        for (Node n : root.lookupAll("." + styleClass)) {
            if (!(n instanceof Labeled l) || !visible(l)) {
                continue;
            }
            if (hasText(l)) {
                out.add(l);
            } else if (l.getGraphic() != null) {
                for (Node inner : l.getGraphic().lookupAll(".label")) {
                    if (inner instanceof Labeled label && hasText(label) && visible(label)) {
                        out.add(label);
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasText(Labeled l) {
        return l.getText() != null && !l.getText().isEmpty();
    }

    static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static List<String> textOf(List<Labeled> labels) {
        return labels.stream().map(Labeled::getText).toList();
    }

    /** Each text drawn whole: not shortened with "…", no wider than its label, inside {@code within} across. */
    static void assertWhole(List<Labeled> labels, Node within, String at) {
        Bounds box = within.localToScene(within.getLayoutBounds());
        for (Labeled l : labels) {
            Text shown = (Text) l.lookup(".text");
            assertThat(shown).as("drawn text of \"" + l.getText() + "\", " + at).isNotNull();
            assertThat(shown.getText().replace("\n", " ").replaceAll(" +", " ")).as("drawn, " + at)
                    .isEqualTo(l.getText().replace("\n", " ").replaceAll(" +", " "));
            assertThat(shown.getLayoutBounds().getWidth()).as("width of \"" + l.getText() + "\", " + at)
                    .isLessThanOrEqualTo(l.getWidth() + 0.5);
            Bounds b = l.localToScene(l.getLayoutBounds());
            assertThat(b.getMaxX()).as("right edge of \"" + l.getText() + "\", " + at).isLessThanOrEqualTo(box.getMaxX() + 0.5);
            assertThat(b.getMinX()).as("left edge of \"" + l.getText() + "\", " + at).isGreaterThanOrEqualTo(box.getMinX() - 0.5);
        }
    }

    static void assertNoSidewaysBar(Node root, String at) {
        for (Node n : root.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                assertThat(visible(bar)).as("a sideways scroll bar, " + at).isFalse();
            }
        }
    }
}
