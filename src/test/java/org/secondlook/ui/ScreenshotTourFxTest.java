package org.secondlook.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Track;
import org.secondlook.review.Fixtures;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.theme.Appearance;
import org.secondlook.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check: a tour that saves a PNG of every screen (first run, sign-in, and each tab of the main
 * window) at 100 % and 150 % text in the light and dark themes, drawn in the headless window, for people
 * to look at. Runs only when asked: {@code mvn test -Dtest=ScreenshotTourFxTest -Dscreenshots.dir=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class ScreenshotTourFxTest {
    private static final char[] LEE_PW = TourOffice.LEE_PW;
    private static final char[] RITA_PW = TourOffice.RITA_PW;
    @TempDir
    static Path dir;
    private Stage stage;
    private final FxTaskExecutor executor = new FxTaskExecutor(2);

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyScreenInBothThemesAtBothSizes(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("screenshots.dir")));
        // first run, on an empty data directory
        SecondLookUi first = open(robot, Fixtures.workstation(dir.resolve("empty")), (url, passwordFile, caFile) -> {
            throw new IllegalStateException("no server in the tour");
        });
        waitUntil(() -> robot.lookup("#setup-office").tryQuery().isPresent());
        shoot(robot, first, out, "firstrun");
        robot.interact(() -> { // "a shared server" chosen, its fields filled in as a person would
            robot.lookup("#setup-shared").queryAs(javafx.scene.control.RadioButton.class).setSelected(true);
            robot.lookup("#setup-server-url").queryTextInputControl()
                    .setText("jdbc:postgresql://db.denver.example.gov:5432/secondlook?user=secondlook&sslmode=verify-full");
            robot.lookup("#setup-server-password-file").queryTextInputControl()
                    .setText("C:\\ProgramData\\SecondLook\\server-password.txt");
            robot.lookup("#setup-server-ca-file").queryTextInputControl()
                    .setText("C:\\ProgramData\\SecondLook\\office-ca.pem");
        });
        shoot(robot, first, out, "firstrun-server");

        LocalWorkstation ws = TourOffice.open(dir.resolve("office"));
        SecondLookUi ui = open(robot, ws);
        waitUntil(() -> robot.lookup("#login-user").tryQuery().isPresent());
        shoot(robot, ui, out, "login");
        robot.interact(() -> {
            robot.lookup("#login-user").queryTextInputControl().setText("lee");
            robot.lookup("#login-password").queryTextInputControl().setText(new String(LEE_PW));
            robot.lookup("#login-button").queryButton().fire();
        });
        waitUntil(() -> ui.mainWindow() != null && !ui.mainWindow().queue().loadingProperty().get());
        robot.interact(() -> ui.mainWindow().queue().searchProperty().set("officer"));
        waitUntil(() -> !ui.mainWindow().queue().loadingProperty().get() && !ui.mainWindow().queue().rows().isEmpty());
        robot.interact(() -> ui.mainWindow().queue().selectedIndexProperty().set(0));
        waitUntil(() -> ui.mainWindow().caseViewModel().detail() != null);
        TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            String id = tabs.getTabs().get(i).getId();
            if (id != null && SHOT_ON_THEIR_OWN.contains(id)) {
                continue;
            }
            int tab = i;
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            String name = tabs.getTabs().get(i).getText().toLowerCase(java.util.Locale.ROOT).replaceAll("\\(.*\\)", "")
                    .replaceAll("[^a-z]+", "");
            shoot(robot, ui, out, name);
        }
        executor.shutdown();
    }

    /**
     * The QA screens: lee's blind second review of a LEO decision rita made (academy chosen, the reasons that
     * fit it listed) and the disagreement rob's second review opened on another, waiting for lee to settle.
     */
    @Test
    void qaSecondReviewAndSettlement(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("screenshots.dir")));
        LocalWorkstation ws = TourOffice.withDisagreement(dir.resolve("qa"));
        SecondLookUi ui = open(robot, ws);
        waitUntil(() -> robot.lookup("#login-user").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#login-user").queryTextInputControl().setText("lee");
            robot.lookup("#login-password").queryTextInputControl().setText(new String(LEE_PW));
            robot.lookup("#login-button").queryButton().fire();
        });
        waitUntil(() -> ui.mainWindow() != null && robot.lookup("#workspaces").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
        select(robot, tabs, "qa-review-tab");
        var review = robot.lookup("#qa-review-view").queryAs(org.secondlook.ui.qa.SecondReviewView.class).viewModel();
        waitUntil(() -> !review.rows().isEmpty() && review.caseFile().detail() != null);
        robot.interact(() -> review.choice().trackProperty().set(Track.ACADEMY));
        shoot(robot, ui, out, "qa-secondreview");
        select(robot, tabs, "qa-settle-tab");
        var settle = robot.lookup("#qa-settle-view").queryAs(org.secondlook.ui.qa.SettleView.class).viewModel();
        waitUntil(() -> !settle.rows().isEmpty() && settle.caseFile().detail() != null);
        robot.interact(() -> {
            settle.choice().trackProperty().set(Track.ACADEMY);
            settle.choice().pick(1);
            settle.commentProperty().set("The police years are a reference on the bank job, not service.");
        });
        shoot(robot, ui, out, "qa-settle");
        executor.shutdown();
    }

    private static void select(FxRobot robot, TabPane tabs, String id) {
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId()))
                .findFirst().orElseThrow()));
    }

    /** Tabs a method of their own shoots, on an office with the records they show. */
    private static final java.util.Set<String> SHOT_ON_THEIR_OWN = java.util.Set.of(
            "training-tab", "dashboard-tab", "qa-review-tab", "qa-settle-tab");

    /**
     * The Training and Dashboard tabs on an office where lee has signed off a mix of decisions (each academy
     * decision on a case the tool called LEO opens a training record; the dashboard counts them all).
     */
    @Test
    void trainingAndDashboardInBothThemesAtBothSizes(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("screenshots.dir")));
        LocalWorkstation ws = TourOffice.open(dir.resolve("signed-off"));
        try (ReviewSession rita = ws.login("rita", RITA_PW); ReviewSession lee = ws.login("lee", LEE_PW)) {
            // the same 60 cases as TourOffice.open imported; the first four are decided there
            List<String> open = Fixtures.applicants(60, 7).stream().map(r -> r.applicantId()).toList().subList(4, 28);
            for (int i = 0; i < open.size() && i < 24; i++) {
                boolean leo = i % 4 == 3;
                rita.decisions().decide(open.get(i), leo ? Track.LEO : Track.ACADEMY,
                        leo ? "LE_EXPERIENCE_VERIFIED" : "NON_LE_OFFICER_TITLE", null,
                        rita.cases().load(open.get(i)).lockVersion());
                if (i < 18) {
                    lee.signOffs().approve(open.get(i), lee.cases().load(open.get(i)).lockVersion());
                }
            }
        }
        SecondLookUi ui = open(robot, ws);
        waitUntil(() -> robot.lookup("#login-user").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#login-user").queryTextInputControl().setText("lee");
            robot.lookup("#login-password").queryTextInputControl().setText(new String(LEE_PW));
            robot.lookup("#login-button").queryButton().fire();
        });
        waitUntil(() -> ui.mainWindow() != null && !ui.mainWindow().queue().loadingProperty().get());
        TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
        for (String id : List.of("training-tab", "dashboard-tab")) {
            robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
            shoot(robot, ui, out, id.replace("-tab", ""));
        }
        executor.shutdown();
    }

    private SecondLookUi open(FxRobot robot, LocalWorkstation ws) {
        return open(robot, ws, null);
    }

    /** The window on {@code ws}; its first-run dialog offers a shared server when {@code servers} is given. */
    private SecondLookUi open(FxRobot robot, LocalWorkstation ws, org.secondlook.review.ServerConnector servers) {
        SecondLookUi[] ui = new SecondLookUi[1];
        robot.interact(() -> {
            ui[0] = new SecondLookUi(stage, ws, servers, () -> {
                throw new IllegalStateException("no demo batch in the tour");
            }, executor, UiPreferences.inMemory(), Clock.systemDefaultZone());
            ui[0].start();
            stage.setWidth(SecondLookUi.WIDTH); // the window's default size on a screen that holds it
            stage.setHeight(SecondLookUi.HEIGHT);
        });
        return ui[0];
    }

    private void shoot(FxRobot robot, SecondLookUi ui, Path out, String screen) throws Exception {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            for (int percent : List.of(100, 150)) {
                robot.interact(() -> {
                    ui.appearance().themeProperty().set(theme);
                    ui.appearance().textSizeProperty().set(Math.round(Appearance.DEFAULT_SIZE * percent / 100f));
                });
                settle();
                WritableImage[] image = new WritableImage[1];
                robot.interact(() -> image[0] = stage.getScene().snapshot(null));
                write(image[0], out.resolve(screen + "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + "-" + percent + ".png"));
            }
        }
    }

    /** Lets layout, CSS and the background work that follows a change run out. */
    private static void settle() throws Exception {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS); // a picture, not a check: give the pulses time
        }
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader px = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
