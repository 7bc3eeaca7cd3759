package org.secondlook.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: wires the services and hands them to the UI (placeholder window for now). */
public class DesktopApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Second Look");
        stage.setScene(new Scene(new Label("Second Look"), 1280, 800));
        stage.show();
    }
}
