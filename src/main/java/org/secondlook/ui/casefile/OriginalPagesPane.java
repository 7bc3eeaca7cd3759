package org.secondlook.ui.casefile;

import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.secondlook.ui.Messages;

/**
 * The pages of the PDF a résumé came in, as the view model rendered them, one under the other: fitted to
 * the pane's width, or at their actual size (96 dpi) with scroll bars.
 */
final class OriginalPagesPane extends BorderPane {
    private final CaseViewModel vm;
    private final VBox pages = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(pages);
    private final ToggleButton actualSize = new ToggleButton(Messages.get("original.actualSize"));

    OriginalPagesPane(CaseViewModel vm) {
        this.vm = vm;
        setId("original-pages");
        Label message = new Label();
        message.setId("original-message");
        message.setWrapText(true);
        message.getStyleClass().add("hint-label");
        message.textProperty().bind(vm.originalMessageProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.originalLoadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        actualSize.setId("original-actual-size");
        actualSize.setMinWidth(Region.USE_PREF_SIZE);
        actualSize.disableProperty().bind(Bindings.isEmpty(vm.originalPages()));
        actualSize.selectedProperty().addListener((o, a, b) -> showPages());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox top = new HBox(6, busy, message, actualSize);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6));
        pages.setPadding(new Insets(6));
        setTop(top);
        setCenter(scroll);
        vm.originalPages().addListener((ListChangeListener<byte[]>) c -> showPages());
        showPages();
    }

    private void showPages() {
        pages.getChildren().clear();
        int n = 0;
        for (byte[] png : vm.originalPages()) {
            n++;
            Image image = new Image(new ByteArrayInputStream(png));
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            if (!actualSize.isSelected()) {
                view.fitWidthProperty().bind(Bindings.min(image.getWidth(),
                        Bindings.max(50, scroll.widthProperty().subtract(30))));
            }
            view.setAccessibleText(Messages.get("original.page", n));
            view.getStyleClass().add("original-page");
            pages.getChildren().add(view);
        }
        scroll.setFitToWidth(!actualSize.isSelected());
        scroll.setVvalue(0);
        scroll.setHvalue(0);
    }
}
