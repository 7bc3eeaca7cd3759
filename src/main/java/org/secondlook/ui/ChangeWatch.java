package org.secondlook.ui;

import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Refreshes a screen when the database changes, whoever changed it (this window, the command line, a
 * second window): every few seconds it reads a cheap marker in the background (for the audit-backed
 * screens the newest audit event's number, since every change writes one) and runs the refresh when the
 * marker moved. It runs only while its screen is in a window, so a signed-out screen stops asking.
 */
public final class ChangeWatch {
    /** Reads the marker; runs off the UI thread. */
    @FunctionalInterface
    public interface Marker {
        Object read() throws Exception;
    }

    public static final Duration DEFAULT_INTERVAL = Duration.seconds(2);
    private final Marker marker;
    private final Runnable refresh;
    private final TaskExecutor executor;
    private final Timeline timeline;
    private Object last;
    private boolean known;
    private boolean asking;

    public ChangeWatch(TaskExecutor executor, Marker marker, Runnable refresh, Duration interval) {
        this.executor = executor;
        this.marker = marker;
        this.refresh = refresh;
        this.timeline = new Timeline(new KeyFrame(interval, e -> check()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    /** Watches while {@code screen} is in a window. */
    public static ChangeWatch whileShown(Node screen, TaskExecutor executor, Marker marker, Runnable refresh) {
        ChangeWatch w = new ChangeWatch(executor, marker, refresh, DEFAULT_INTERVAL);
        screen.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                w.stop();
            } else {
                w.start();
            }
        });
        if (screen.getScene() != null) {
            w.start();
        }
        return w;
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /**
     * Reads the marker now; refreshes when it moved since the last reading. The first reading refreshes
     * too: a change made between the screen's first load and that reading would otherwise become the
     * baseline and never be shown.
     */
    public void check() {
        if (asking) {
            return;
        }
        asking = true;
        executor.execute(marker::read, now -> {
            asking = false;
            boolean moved = !known || !Objects.equals(now, last);
            last = now;
            known = true;
            if (moved) {
                refresh.run();
            }
        }, e -> asking = false);
    }
}
