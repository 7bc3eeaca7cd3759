package org.secondlook.ui.exporting;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.secondlook.domain.ReviewState;
import org.secondlook.ui.Messages;
import org.secondlook.ui.theme.Appearance;

/**
 * The Export… dialog: where to save, which cases (states, office, changed since), an optional
 * password, then the export with its progress and a Cancel button. Binds to {@link ExportViewModel}.
 */
public final class ExportDialog extends VBox {
    private final ExportViewModel vm;
    private final TextField file = new TextField();
    private final Button start = new Button(Messages.get("export.start"));
    private final Button close = new Button(Messages.get("export.close"));

    public ExportDialog(ExportViewModel vm) {
        this.vm = vm;
        setId("export-dialog");
        getStyleClass().addAll("panel", "export-dialog");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label(Messages.get("export.title"));
        title.getStyleClass().add("title-label");
        Label intro = hint(Messages.get("export.intro"));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.add(label(Messages.get("export.file"), file), 0, row);
        grid.add(fileRow(), 1, row++);
        Label replaces = hint(Messages.get("export.replaces"));
        replaces.setId("export-replaces");
        replaces.visibleProperty().bind(Bindings.createBooleanBinding(vm::targetExists, vm.targetProperty(), vm.resultProperty()));
        replaces.managedProperty().bind(replaces.visibleProperty());
        grid.add(replaces, 1, row++);

        grid.add(section(Messages.get("export.which")), 0, row++, 2, 1);
        FlowPane states = new FlowPane(12, 6);
        for (ReviewState s : ReviewState.values()) {
            CheckBox box = new CheckBox(Messages.get("state." + s.name()));
            box.setId("export-state-" + s.name());
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    vm.states().add(s);
                } else {
                    vm.states().remove(s);
                }
            });
            states.getChildren().add(box);
        }
        grid.add(label(Messages.get("export.states"), states), 0, row);
        grid.add(new VBox(4, states, hint(Messages.get("export.allStates"))), 1, row++);
        TextField office = new TextField();
        office.setId("export-office");
        office.setPromptText(Messages.get("export.anyOffice"));
        office.setPrefColumnCount(16);
        office.setMaxWidth(Region.USE_PREF_SIZE);
        office.textProperty().bindBidirectional(vm.officeProperty());
        grid.add(label(Messages.get("export.office"), office), 0, row);
        grid.add(office, 1, row++);
        DatePicker since = new DatePicker();
        since.setId("export-since");
        since.setPromptText(Messages.get("export.anyDay"));
        since.valueProperty().bindBidirectional(vm.sinceProperty());
        grid.add(label(Messages.get("export.since"), since), 0, row);
        grid.add(since, 1, row++);

        grid.add(section(Messages.get("export.protect")), 0, row++, 2, 1);
        CheckBox encrypt = new CheckBox(Messages.get("export.encrypt"));
        encrypt.setId("export-encrypt");
        encrypt.selectedProperty().bindBidirectional(vm.encryptProperty());
        grid.add(encrypt, 0, row++, 2, 1);
        PasswordField password = password("export-password", vm.passwordProperty());
        PasswordField confirm = password("export-confirm", vm.confirmProperty());
        grid.add(label(Messages.get("export.password"), password), 0, row);
        grid.add(password, 1, row++);
        grid.add(label(Messages.get("export.confirm"), confirm), 0, row);
        grid.add(confirm, 1, row++);
        Label passwordHint = hint(Messages.get("export.passwordHint"));
        grid.add(passwordHint, 1, row++);
        for (Node n : new Node[] {password, confirm, passwordHint}) {
            n.disableProperty().bind(vm.encryptProperty().not().or(vm.runningProperty()));
        }
        for (Node n : new Node[] {file, states, office, since, encrypt}) {
            n.disableProperty().bind(vm.runningProperty());
        }

        // Progress while exporting, then the outcome, in the same place: the dialog keeps its size.
        StackPane status = new StackPane(progressBox(), message());
        status.getStyleClass().add("export-status");
        status.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(title, intro, grid, status, buttons());
    }

    private HBox fileRow() {
        file.setId("export-file");
        file.setPromptText(Messages.get("export.filePrompt"));
        file.setPrefColumnCount(34);
        file.textProperty().addListener((o, a, text) -> vm.targetProperty().set(path(text)));
        vm.targetProperty().addListener((o, a, p) -> {
            if (p != null && !p.equals(path(file.getText()))) {
                file.setText(p.toString());
            }
        });
        Button choose = new Button(Messages.get("export.choose"));
        choose.setId("export-choose");
        choose.setOnAction(e -> choose());
        choose.disableProperty().bind(vm.runningProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox row = new HBox(6, file, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Path path(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private VBox progressBox() {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label text = new Label();
        text.setId("export-progress-text");
        text.textProperty().bind(vm.progressTextProperty());
        Button cancel = new Button(Messages.get("export.cancel"));
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox line = new HBox(10, bar, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar, Priority.ALWAYS);
        VBox box = new VBox(4, line, text);
        box.visibleProperty().bind(vm.runningProperty());
        return box;
    }

    private Label message() {
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        vm.failedProperty().addListener((o, a, bad) -> {
            message.getStyleClass().remove("error-label");
            if (bad) {
                message.getStyleClass().add("error-label");
            }
        });
        message.visibleProperty().bind(vm.runningProperty().not());
        return message;
    }

    private HBox buttons() {
        start.setId("export-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> vm.export());
        start.disableProperty().bind(vm.runningProperty());
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel(); // Escape while exporting stops the export first
            } else if (getScene() != null) {
                getScene().getWindow().hide();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, grow, start, close);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.fileTypes"), "*.xlsx"));
        Path current = vm.targetProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null
                && current.toAbsolutePath().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        } else {
            chooser.setInitialFileName(vm.suggestedFileName(LocalDate.now()));
        }
        File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            vm.targetProperty().set(ExportViewModel.withExtension(chosen.toPath()));
        }
    }

    private static PasswordField password(String id, javafx.beans.property.StringProperty value) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(20);
        f.setMaxWidth(Region.USE_PREF_SIZE);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-label");
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint-label");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // wrap to the next line rather than cut off with "…"
        return l;
    }

    /** Puts the keyboard focus on the file field (when the dialog opens). */
    public void focusFile() {
        file.requestFocus();
    }

    /**
     * Opens the dialog over {@code owner}, styled like the window. Closing it while an export runs
     * cancels the export first.
     */
    public static Stage show(Window owner, ExportViewModel vm, Appearance appearance) {
        if (vm.targetProperty().get() == null) {
            vm.targetProperty().set(defaultTarget(vm));
        }
        ExportDialog content = new ExportDialog(vm);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("export.title"));
        Scene scene = new Scene(content);
        appearance.applyTo(content);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
                e.consume();
            }
        });
        stage.setOnShown(e -> content.focusFile());
        // a long sentence (a path in an error) may need more room than the dialog opened with
        vm.messageProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (stage.isShowing() && scene.getRoot().prefHeight(scene.getWidth()) > scene.getHeight()) {
                stage.sizeToScene();
            }
        }));
        stage.show();
        return stage;
    }

    /** Where the workbook goes unless the user says otherwise: Documents (or home), named after the office and today. */
    static Path defaultTarget(ExportViewModel vm) {
        Path home = Path.of(System.getProperty("user.home", "."));
        Path documents = home.resolve("Documents");
        Path folder = java.nio.file.Files.isDirectory(documents) ? documents : home;
        return folder.resolve(vm.suggestedFileName(LocalDate.now()));
    }
}
