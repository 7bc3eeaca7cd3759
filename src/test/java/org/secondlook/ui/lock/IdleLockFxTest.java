package org.secondlook.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondlook.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The idle lock in a real (headless) window with a 400 ms idle time: the résumé is hidden, the
 * password is asked again (a wrong one is refused), and the unsaved note survives.
 */
@ExtendWith(ApplicationExtension.class)
class IdleLockFxTest {
    static final String PASSWORD = "violet tangerine harbor";
    private final FxTaskExecutor executor = new FxTaskExecutor(1);
    private LockViewModel vm;
    private IdleWatch watch;
    private Label resume;
    private Scene scene;

    @Start
    void start(Stage stage) {
        vm = new LockViewModel("rita", pw -> new String(pw).equals(PASSWORD), executor);
        resume = new Label("Police Officer, Newark PD, 2008-2014");
        resume.setId("resume");
        TextArea note = new TextArea();
        note.setId("note");
        LockLayer layer = new LockLayer(new VBox(resume, note), vm, IdleWatch.DEFAULT_TIMEOUT);
        scene = new Scene(layer, 640, 400);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node and all its parents are visible. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void locksWhenIdleHidesTheResumeAsksForThePasswordAndKeepsUnsavedWork(FxRobot robot) throws Exception {
        robot.clickOn("#note").write("half-written note");
        robot.interact(() -> watch = IdleWatch.install(scene, Duration.ofMillis(400), vm::lock));
        waitUntil(() -> vm.lockedProperty().get());
        assertThat(shown(resume)).as("the résumé is hidden").isFalse();
        assertThat(robot.lookup("#lock-overlay").query().isVisible()).isTrue();
        assertThat(robot.lookup("#lock-password").query().isFocused()).isTrue();

        robot.write("not the password").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> !vm.messageProperty().get().isEmpty());
        assertThat(vm.lockedProperty().get()).isTrue();
        assertThat(robot.lookup("#lock-message").queryAs(Label.class).getText()).isEqualTo("That password is not correct.");

        robot.clickOn("#lock-password").write(PASSWORD).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> !vm.lockedProperty().get());
        assertThat(shown(resume)).isTrue();
        assertThat(robot.lookup("#note").queryAs(TextArea.class).getText()).isEqualTo("half-written note");
        robot.interact(() -> watch.stop());
    }
}
