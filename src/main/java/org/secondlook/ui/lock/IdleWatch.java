package org.secondlook.ui.lock;

import java.time.Clock;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Feeds an {@link IdleTimer} from a scene: every input event (keys, mouse, scroll, touch) resets
 * it, and a timeline ticks it on the FX thread. {@link #stop()} removes both.
 */
public final class IdleWatch {
    /** The default idle time before the window locks (DESIGN: 10 minutes). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final Scene scene;
    private final IdleTimer timer;
    private final Timeline ticker;
    private final EventHandler<Event> onInput;

    private IdleWatch(Scene scene, IdleTimer timer) {
        this.scene = scene;
        this.timer = timer;
        this.onInput = e -> timer.touch();
        long tickMs = Math.max(50, Math.min(1000, timer.timeout().toMillis() / 4));
        this.ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(tickMs), e -> timer.check()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    /** Starts watching {@code scene}; {@code onIdle} runs on the FX thread after {@code timeout} without input. */
    public static IdleWatch install(Scene scene, Duration timeout, Runnable onIdle) {
        IdleWatch w = new IdleWatch(scene, new IdleTimer(Clock.systemUTC(), timeout, onIdle));
        scene.addEventFilter(InputEvent.ANY, w.onInput);
        w.ticker.play();
        return w;
    }

    /** Input seen outside the scene's events (e.g. after unlocking): the idle time starts again. */
    public void touch() {
        timer.touch();
    }

    public void stop() {
        ticker.stop();
        scene.removeEventFilter(InputEvent.ANY, onInput);
    }
}
