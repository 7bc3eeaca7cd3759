package org.secondlook.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.secondlook.review.SharedServerSetup;
import org.secondlook.review.Workstation;
import org.secondlook.store.DataDirectory;
import org.secondlook.ui.FxTaskExecutor;
import org.secondlook.ui.JavaUiPreferences;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.TaskExecutor;

/**
 * The JavaFX application and the desktop's composition root: builds the workstation for the data
 * directory ({@code $SECONDLOOK_HOME} or {@code ~/.secondlook}), the background executor and the
 * per-user window settings, and hands them to the UI by constructor.
 */
public class DesktopApp extends Application {
    private TaskExecutor executor;
    private JavaUiPreferences prefs;

    @Override
    public void start(Stage stage) {
        DataDirectory dataDir = DataDirectory.resolve(null, System.getenv(), Path.of(System.getProperty("user.home")));
        WorkstationFactory workstations = new WorkstationFactory();
        // The shared server chosen at the first run, else this workstation's encrypted file.
        Workstation workstation = SharedServerSetup.saved(dataDir, workstations).orElseGet(() -> workstations.open(dataDir));
        executor = new FxTaskExecutor(2);
        prefs = JavaUiPreferences.forCurrentUser();
        new SecondLookUi(stage, workstation, new SharedServerSetup(dataDir, workstations), new DemoBatchFiles(), executor,
                prefs, Clock.systemDefaultZone()).start();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (prefs != null) {
            prefs.flush();
        }
    }
}
