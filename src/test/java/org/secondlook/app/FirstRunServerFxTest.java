package org.secondlook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.SharedServerSetup;
import org.secondlook.review.Workstation;
import org.secondlook.store.DataDirectory;
import org.secondlook.store.PostgresServer;
import org.secondlook.store.ServerAddress;
import org.secondlook.store.ServerSetting;
import org.secondlook.ui.FxTaskExecutor;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.UiPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first-run window's "a shared server": a URL, a password file and a CA file, checked by connecting to
 * the throwaway TLS cluster, saved where the command line finds it, then the office set up on the server;
 * an unusable URL is told in one sentence.
 */
@ExtendWith({PostgresServer.class, ApplicationExtension.class})
class FirstRunServerFxTest {
    private static final String PASSWORD = "Saguaro-Lantern-42";
    @TempDir
    Path dir;

    private final FxTaskExecutor executor = new FxTaskExecutor(2);
    private DataDirectory data;

    @Start
    void start(Stage stage) {
        data = new DataDirectory(dir.resolve("data"));
        WorkstationFactory workstations = new WorkstationFactory();
        new SecondLookUi(stage, workstations.open(data), new SharedServerSetup(data, workstations), new DemoBatchFiles(),
                executor, UiPreferences.inMemory(), Clock.systemUTC()).start();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    /** Whether the node and every parent of it are visible (the next step of the dialog is on screen). */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void aSharedServerIsCheckedSavedAndSetUp(FxRobot robot) throws Exception {
        PostgresServer.Db db = PostgresServer.database();
        int ca = db.url().indexOf("&sslrootcert=");
        String url = db.url().substring(0, ca);
        String caFile = db.url().substring(ca + "&sslrootcert=".length());

        assertThat(text(robot, "#setup-intro")).contains("encrypted with a key only your accounts' passwords unlock");
        robot.clickOn("#setup-shared");
        assertThat(text(robot, "#setup-intro")).as("a server's data is not in the encrypted file")
                .contains("disk encryption").doesNotContain("passwords unlock");
        robot.clickOn("#setup-server-url").write(url);
        robot.clickOn("#setup-server-password-file").write(db.passwordFile().toString());
        robot.clickOn("#setup-server-ca-file").write(caFile);
        robot.clickOn("#setup-connect");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#setup-server-message").isEmpty()
                || !text(robot, "#setup-error").isEmpty());
        assertThat(text(robot, "#setup-error")).isEmpty();
        assertThat(text(robot, "#setup-server-message")).startsWith("Connected");

        ServerSetting saved = ServerSetting.read(data).orElseThrow();
        assertThat(saved.url()).startsWith(url).contains("sslrootcert=");
        assertThat(saved.passwordFile()).isEqualTo(db.passwordFile().toAbsolutePath());

        robot.clickOn("#setup-office").write("Headquarters");
        robot.clickOn("#setup-admin").write("admin");
        robot.clickOn("#setup-password").write(PASSWORD);
        robot.clickOn("#setup-repeat").write(PASSWORD);
        robot.clickOn("#setup-create");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> shown(robot.lookup("#setup-skip-demo").query()));

        Workstation server = new WorkstationFactory().open(data, ServerAddress.parse(saved.url()), db.password());
        assertThat(server.isInitialized()).as("the office is on the server").isTrue();
        assertThat(data.isInitialized()).as("no encrypted file on this computer").isFalse();
        assertThat(SharedServerSetup.saved(data, new WorkstationFactory())).as("the next start opens the server").isPresent();
    }

    @Test
    void anUnusableUrlIsToldInOneSentence(FxRobot robot) throws Exception {
        robot.clickOn("#setup-shared");
        robot.clickOn("#setup-server-url").write("postgres://db.example.gov/secondlook");
        robot.clickOn("#setup-connect");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text(robot, "#setup-error").isEmpty());
        assertThat(text(robot, "#setup-error"))
                .isEqualTo("The database URL must look like jdbc:postgresql://host:port/database?user=NAME.");
        assertThat(robot.lookup("#setup-create").queryButton().isDisabled()).as("nothing to create yet").isTrue();
        assertThat(ServerSetting.read(data)).as("nothing saved").isEmpty();
    }
}
