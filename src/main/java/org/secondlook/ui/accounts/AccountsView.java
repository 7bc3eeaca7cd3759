package org.secondlook.ui.accounts;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.secondlook.review.accounts.AccountService.Account;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/** The accounts screen (administrators): the accounts on the left; add, disable and new password on the right. */
public final class AccountsView extends BorderPane {
    private final AccountsViewModel vm;
    private final TableView<Account> table = new TableView<>();

    public AccountsView(AccountsViewModel vm) {
        this.vm = vm;
        setId("accounts-view");
        Label title = new Label(Messages.get("accounts.title"));
        title.getStyleClass().add("title-label");
        Label intro = new Label(Messages.get("accounts.intro"));
        intro.getStyleClass().add("hint-label");
        intro.setWrapText(true);
        Label message = new Label();
        message.setId("accounts-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.setId("accounts-error");
        error.getStyleClass().add("error-label");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        setTop(new VBox(4, title, intro, message, error));

        table.setId("accounts-table");
        table.setItems(vm.accounts());
        table.setPlaceholder(new Label(Messages.get("accounts.empty")));
        org.secondlook.ui.ColumnWidths.keepFitted(table);
        table.getColumns().add(column("accounts.col.name", Account::name, 140));
        table.getColumns().add(column("accounts.col.roles", a -> AccountsViewModel.rolesText(a.roles()), 220));
        table.getColumns().add(column("accounts.col.status", a -> Messages.get(a.enabled() ? "accounts.enabled"
                : "accounts.disabledState"), 120));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });

        NewAccountForm form = new NewAccountForm(vm);
        form.setPadding(new Insets(8)); // inset like the selected account's pane below it
        TitledPane add = new TitledPane(Messages.get("accounts.addTitle"), form);
        add.setCollapsible(false);
        TitledPane selected = new TitledPane(Messages.get("accounts.selectedTitle"), selectedPane());
        selected.setCollapsible(false);
        VBox side = new VBox(10, add, selected);
        side.setPadding(new Insets(0, 0, 0, 8));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, sideScroll);
        split.setDividerPositions(0.55);
        setCenter(split);
        BorderPane.setMargin(split, new Insets(6, 0, 0, 0));
        setPadding(new Insets(8));
    }

    private VBox selectedPane() {
        Label which = new Label();
        which.setId("accounts-selected");
        which.setWrapText(true);
        which.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? Messages.get("accounts.selectOne") : vm.selectedProperty().get().name(), vm.selectedProperty()));
        Button disable = new Button(Messages.get("accounts.disable"));
        disable.setId("accounts-disable");
        disable.disableProperty().bind(vm.canDisableProperty().not());
        disable.setOnAction(e -> vm.disable());
        PasswordField pw = new PasswordField();
        pw.setId("accounts-reset-password");
        pw.textProperty().bindBidirectional(vm.resetPasswordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("accounts-reset-repeat");
        repeat.textProperty().bindBidirectional(vm.resetRepeatProperty());
        Label problem = new Label();
        problem.getStyleClass().add("hint-label");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.resetProblemProperty());
        Button reset = new Button(Messages.get("accounts.resetButton"));
        reset.setId("accounts-reset");
        reset.disableProperty().bind(vm.canResetProperty().not());
        reset.setOnAction(e -> vm.reset());
        Label disableHint = new Label(Messages.get("accounts.disableHint"));
        disableHint.getStyleClass().add("hint-label");
        disableHint.setWrapText(true);
        return new VBox(6, which, new HBox(6, disable), disableHint,
                NewAccountForm.labelFor("accounts.newPassword", pw), pw,
                NewAccountForm.labelFor("accounts.repeat", repeat), repeat, problem, reset);
    }

    private static TableColumn<Account, String> column(String key, Function<Account, String> value, double width) {
        TableColumn<Account, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The screen for a logged-in administrator, its list loading (for a tab in the main window). */
    public static AccountsView forSession(ReviewSession session, TaskExecutor executor) {
        AccountsViewModel vm = new AccountsViewModel(session, executor, PasswordPolicy.standard());
        AccountsView view = new AccountsView(vm);
        vm.refresh();
        return view;
    }

    public AccountsViewModel viewModel() {
        return vm;
    }
}
