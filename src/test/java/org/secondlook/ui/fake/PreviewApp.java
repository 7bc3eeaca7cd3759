package org.secondlook.ui.fake;

import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.secondlook.domain.Role;
import org.secondlook.ui.FxTaskExecutor;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.UiPreferences;
import org.secondlook.ui.theme.Theme;

/**
 * Opens the window on in-memory data, to look at it (screenshots under xvfb). System properties:
 * {@code preview.login=true} signs in as rivera; {@code preview.theme}, {@code preview.size};
 * {@code preview.export=true} opens the Export… dialog once a case is selected.
 */
public final class PreviewApp extends Application {
    @Override
    public void start(Stage stage) {
        org.secondlook.review.Workstation ws;
        String dataDir = System.getProperty("preview.dataDir");
        if (dataDir != null) {
            ws = new org.secondlook.app.WorkstationFactory().open(java.nio.file.Path.of(dataDir));
        } else {
            FakeWorkstation fake = new FakeWorkstation().withUser("rivera", "correct horse battery", Role.REVIEWER);
            fake.office = "Phoenix Field Office";
            PreviewData.cases(Integer.getInteger("preview.count", 2400), 7).forEach(fake.cases::add);
            ws = fake;
        }
        UiPreferences prefs = UiPreferences.inMemory();
        prefs.put("theme", System.getProperty("preview.theme", Theme.LIGHT.name()));
        prefs.put("textSize", System.getProperty("preview.size", "13"));
        SecondLookUi ui = new SecondLookUi(stage, ws, PreviewApp::demoBatch, new FxTaskExecutor(2), prefs, Clock.systemUTC());
        ui.start();
        if (Boolean.getBoolean("preview.firstRun")) {
            ((javafx.scene.control.TextField) stage.getScene().lookup("#setup-office")).setText("Phoenix Field Office");
            ((javafx.scene.control.TextField) stage.getScene().lookup("#setup-admin")).setText("admin");
            ((javafx.scene.control.TextField) stage.getScene().lookup("#setup-password")).setText("Saguaro-Lantern-42");
            ((javafx.scene.control.TextField) stage.getScene().lookup("#setup-repeat")).setText("Saguaro-Lantern-42");
            ((javafx.scene.control.Button) stage.getScene().lookup("#setup-create")).fire();
            if (Boolean.getBoolean("preview.loadDemo")) {
                javafx.animation.Timeline poll = new javafx.animation.Timeline();
                poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(300), e -> {
                    javafx.scene.Node b = stage.getScene().lookup("#setup-load-demo");
                    if (b != null && treeVisible(b)) {
                        poll.stop();
                        ((javafx.scene.control.Button) b).fire();
                    }
                }));
                poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
                poll.play();
            }
        }
        if (Boolean.getBoolean("preview.login")) {
            javafx.scene.control.TextField user = (javafx.scene.control.TextField) stage.getScene().lookup("#login-user");
            javafx.scene.control.TextField pw = (javafx.scene.control.TextField) stage.getScene().lookup("#login-password");
            user.setText(System.getProperty("preview.user", "rivera"));
            pw.setText(System.getProperty("preview.password", "correct horse battery"));
            ((javafx.scene.control.Button) stage.getScene().lookup("#login-button")).fire();
        }
        if (Boolean.getBoolean("preview.cycle")) {
            cycle(stage, ui);
        }
        String select = System.getProperty("preview.select");
        if (select != null) {
            javafx.animation.Timeline poll = new javafx.animation.Timeline();
            poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(200), e -> {
                if (ui.mainWindow() == null || ui.mainWindow().queue().rows().isEmpty()
                        || ui.mainWindow().queue().loadingProperty().get()) {
                    return;
                }
                poll.stop();
                String search = System.getProperty("preview.search");
                if (search != null && ui.mainWindow().queue().searchProperty().get().isEmpty()) {
                    ui.mainWindow().queue().searchProperty().set(search);
                    poll.play();
                    return;
                }
                var cvm = ui.mainWindow().caseViewModel();
                cvm.openedProperty().addListener((o, a, b) -> Platform.runLater(() -> {
                    for (int i = 0; i < Integer.getInteger("preview.findings", 0); i++) {
                        cvm.nextFinding();
                    }
                    String tab = System.getProperty("preview.tab");
                    if (tab != null) {
                        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) stage.getScene().lookup(".tab-pane");
                        tabs.getSelectionModel().select(Integer.parseInt(tab));
                    }
                    if (Boolean.getBoolean("preview.overlay")) {
                        ui.mainWindow().actions().execute(org.secondlook.ui.action.AppAction.SHORTCUTS);
                    }
                    if (Boolean.getBoolean("preview.export")) {
                        ui.mainWindow().actions().execute(org.secondlook.ui.action.AppAction.EXPORT_WORKBOOK);
                    }
                }));
                ui.mainWindow().queueView().table().requestFocus();
                ui.mainWindow().queue().selectedIndexProperty().set(Integer.parseInt(select));
            }));
            poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
            poll.play();
        }
    }

    /**
     * {@code preview.cycle=true}: once signed in, every {@code preview.cycleSeconds} (10) seconds shows the next of
     * light 100 %, dark 100 %, light 150 %, dark 150 %, each with every tab in turn, printing "SHOW name" when it does.
     */
    private static void cycle(Stage stage, SecondLookUi ui) {
        int seconds = Integer.getInteger("preview.cycleSeconds", 10);
        int[] step = {-1};
        javafx.animation.Timeline poll = new javafx.animation.Timeline();
        poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(seconds), e -> {
            if (ui.mainWindow() == null || ui.mainWindow().queue().loadingProperty().get()) {
                return;
            }
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) stage.getScene().lookup("#workspaces");
            int tabCount = tabs == null ? 1 : tabs.getTabs().size();
            step[0]++;
            if (step[0] == 0) {
                ui.mainWindow().queueView().table().requestFocus();
                ui.mainWindow().queue().selectedIndexProperty().set(0);
            }
            int variant = step[0] / tabCount;
            if (variant >= 4) {
                System.out.println("SHOW done");
                poll.stop();
                return;
            }
            ui.appearance().themeProperty().set(variant % 2 == 0 ? Theme.LIGHT : Theme.DARK);
            ui.appearance().textSizeProperty().set(variant < 2 ? 13 : 20);
            if (tabs != null) {
                tabs.getSelectionModel().select(step[0] % tabCount);
            }
            String tab = tabs == null ? "review" : tabs.getSelectionModel().getSelectedItem().getText();
            System.out.println("SHOW " + tab.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "") + "-"
                    + (variant % 2 == 0 ? "light" : "dark") + "-" + (variant < 2 ? "100" : "150"));
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
    }

    private static boolean treeVisible(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static java.nio.file.Path demoBatch() throws Exception {
        java.lang.reflect.Constructor<?> c = Class.forName("org.secondlook.app.DemoBatchFiles").getDeclaredConstructor();
        c.setAccessible(true);
        return ((org.secondlook.ui.setup.DemoBatchSource) c.newInstance()).writeDemoBatch();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
