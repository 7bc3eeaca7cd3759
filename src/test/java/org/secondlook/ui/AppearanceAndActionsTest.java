package org.secondlook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.secondlook.ui.action.AppAction;
import org.secondlook.ui.theme.Appearance;
import org.secondlook.ui.theme.Theme;

class AppearanceAndActionsTest {
    @Test
    void textSizeAndThemeAreRememberedForTheNextStart() {
        UiPreferences prefs = UiPreferences.inMemory();
        Appearance first = new Appearance(prefs);
        assertThat(first.textSizeProperty().get()).isEqualTo(Appearance.DEFAULT_SIZE);
        first.bigger();
        first.bigger();
        first.themeProperty().set(Theme.HIGH_CONTRAST);

        Appearance next = new Appearance(prefs);
        assertThat(next.textSizeProperty().get()).isEqualTo(Appearance.DEFAULT_SIZE + 2);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
    }

    @Test
    void textSizeStaysWithinReadableBounds() {
        Appearance a = new Appearance(UiPreferences.inMemory());
        for (int i = 0; i < 50; i++) {
            a.smaller();
        }
        assertThat(a.textSizeProperty().get()).isEqualTo(Appearance.MIN_SIZE);
        for (int i = 0; i < 50; i++) {
            a.bigger();
        }
        assertThat(a.textSizeProperty().get()).isEqualTo(Appearance.MAX_SIZE);
    }

    @Test
    void everyThemeHasItsStylesheet() {
        for (Theme t : Theme.values()) {
            assertThat(t.stylesheet()).endsWith(".css");
        }
        assertThat(Theme.baseStylesheet()).endsWith("base.css");
    }

    @Test
    void actionTableHasIconsAndNoKeyTwice() {
        // The sign-off, conflicts and audit tabs' keys are in the table too; a key is used once per screen,
        // and the keys that work everywhere (File, View) are counted on every screen.
        java.util.Map<String, Set<KeyCombination>> seenOn = new java.util.HashMap<>();
        for (AppAction a : AppAction.values()) {
            assertThat(a.icon()).as(a.name()).isNotNull();
            a.keyCombination().ifPresent(k -> {
                Set<KeyCombination> everywhere = seenOn.computeIfAbsent("everywhere", s -> new HashSet<>());
                Set<KeyCombination> seen = seenOn.computeIfAbsent(a.screen(), s -> new HashSet<>());
                assertThat(everywhere.contains(k) && seen != everywhere).as("key of " + a + " used everywhere already: " + k).isFalse();
                assertThat(seen.add(k)).as("key of " + a + " used twice: " + k).isTrue();
            });
        }
        for (AppAction a : AppAction.values()) {
            if (a.screen().equals("everywhere")) {
                a.keyCombination().ifPresent(k -> seenOn.forEach((screen, keys) -> assertThat(
                        screen.equals("everywhere") || !keys.contains(k)).as(a + " clashes on " + screen).isTrue()));
            }
        }
        assertThat(AppAction.SIGNOFF_APPROVE.keyCombination()).isPresent();
        assertThat(AppAction.AUDIT_FILTER.keyCombination()).isPresent();
        assertThat(AppAction.SAVE_AND_NEXT.keyCombination()).isPresent();
        assertThat(AppAction.NEXT_FINDING.keyCombination()).isPresent();
    }
}
