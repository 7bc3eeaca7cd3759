package org.secondlook.ui.casefile;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.Span;
import org.secondlook.ui.Messages;

/** The case: header, the highlighted résumé, and beside it findings, legend, timeline and the original PDF. */
public final class CaseView extends BorderPane {
    private final CaseViewModel vm;
    private final ResumeArea area;
    private final ListView<Span> findings = new ListView<>();
    private final TimelineChart timeline = new TimelineChart();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label current = new Label();
    private final HBox nameLine = new HBox(8);
    private boolean syncing;
    private boolean remeasureQueued;

    public CaseView(CaseViewModel vm) {
        this.vm = vm;
        this.area = new ResumeArea(vm);
        getStyleClass().add("panel");
        setTop(header());
        VirtualizedScrollPane<ResumeArea> scroll = new VirtualizedScrollPane<>(area);
        current.setId("current-finding");
        current.setWrapText(true);
        current.getStyleClass().add("hint-label");
        current.setMinHeight(Region.USE_PREF_SIZE);
        // the findings list keeps its rows' heights until asked: after a new text size or width (rows
        // wrap differently), they are measured again once the change has been laid out
        current.fontProperty().addListener((o, a, b) -> remeasureFindings());
        findings.widthProperty().addListener((o, a, b) -> remeasureFindings());
        VBox text = new VBox(4, scroll, current);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        SplitPane split = new SplitPane(text, side());
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        // Narrow (the sign-off screen, large text): the findings go below the résumé, so that both keep
        // readable lines and the side tabs their full titles.
        widthProperty().addListener((o, a, b) -> stackWhenNarrow(split));
        subtitle.fontProperty().addListener((o, a, b) -> stackWhenNarrow(split));
        setCenter(split);
        BorderPane.setMargin(split, new Insets(6, 0, 0, 0));

        vm.openedProperty().addListener((o, a, c) -> show(c));
        vm.currentSpanProperty().addListener((o, a, b) -> reveal(b.intValue()));
        findings.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing && b.intValue() >= 0) {
                vm.currentSpanProperty().set(b.intValue());
            }
        });
        show(vm.openedProperty().get());
    }

    public ResumeArea area() {
        return area;
    }

    private void remeasureFindings() {
        if (!remeasureQueued) {
            remeasureQueued = true;
            javafx.application.Platform.runLater(() -> {
                remeasureQueued = false;
                findings.refresh();
            });
        }
    }

    public ListView<Span> findingsList() {
        return findings;
    }

    /** Shows or hides the case's name and subtitle (a screen whose list names the case already); errors still show. */
    public void setHeaderShown(boolean shown) {
        for (Region r : new Region[] {nameLine, subtitle}) {
            r.setVisible(shown);
            r.setManaged(shown);
        }
    }

    private VBox header() {
        title.setId("case-title");
        title.getStyleClass().add("title-label");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        subtitle.setId("case-subtitle");
        subtitle.getStyleClass().add("subtitle-label");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);
        ComboBox<Integer> versions = new ComboBox<>(vm.versions());
        versions.setId("case-versions");
        versions.valueProperty().bindBidirectional(vm.shownVersionProperty());
        versions.setButtonCell(new VersionCell());
        versions.setCellFactory(l -> new VersionCell());
        versions.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.versions()).lessThan(2));
        Label versionLabel = new Label(Messages.get("case.versions"));
        versionLabel.setLabelFor(versions);
        // Shown only when there is a choice: one version leaves the name the whole line (no wrap at large text).
        for (Region r : new Region[] {versionLabel, versions}) {
            r.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.versions()).greaterThan(1));
            r.managedProperty().bind(r.visibleProperty());
        }
        Label error = new Label();
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.errorProperty());
        // the name wraps; the version chooser and its label keep their width at any text size
        versionLabel.setMinWidth(Region.USE_PREF_SIZE);
        versions.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        nameLine.getChildren().setAll(title, versionLabel, versions);
        nameLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(2, nameLine, subtitle, error);
    }

    private final class VersionCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            boolean latest = item != null && !vm.versions().isEmpty() && item.equals(vm.versions().get(vm.versions().size() - 1));
            setText(empty || item == null ? "" : Messages.get(latest ? "case.versionLatest" : "case.version", item));
        }
    }

    private TabPane side() {
        findings.setId("findings-list");
        findings.getStyleClass().add("findings-list");
        findings.setItems(vm.spans());
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.openedProperty().isNull())
                .then(Messages.get("case.none")).otherwise(Messages.get("case.noFindings")));
        placeholder.setWrapText(true);
        findings.setPlaceholder(placeholder);
        findings.setCellFactory(l -> new ListCell<>() {
            /** The row's height is that of its text wrapped at the width the row gives it, not unwrapped. */
            @Override
            protected double computePrefHeight(double width) {
                if (getGraphic() instanceof Region box && box.getPrefWidth() > 0) {
                    return snappedTopInset() + box.prefHeight(box.getPrefWidth()) + snappedBottomInset();
                }
                return super.computePrefHeight(width);
            }

            @Override
            protected void updateItem(Span s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label kind = new Label(CaseViewModel.kindLabel(s.kind()) + "  \u201c" + s.text() + "\u201d");
                kind.getStyleClass().add("finding-kind");
                kind.setWrapText(true);
                kind.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines are never cut with "…"
                Label why = new Label(s.explanation() == null ? "" : s.explanation());
                why.setWrapText(true);
                why.setMinHeight(Region.USE_PREF_SIZE);
                VBox box = new VBox(2, kind, why);
                // the list's width less its vertical scroll bar, which grows with the text: no sideways bar
                box.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.max(0, findings.getWidth() - 2.5 * current.getFont().getSize()), findings.widthProperty(),
                        current.fontProperty()));
                box.maxWidthProperty().bind(box.prefWidthProperty());
                setGraphic(box);
                setText(null);
            }
        });
        ScrollPane timelineScroll = new ScrollPane(timeline);
        timelineScroll.setFitToWidth(true);
        timeline.setPadding(new Insets(6));
        Legend legend = new Legend();
        Tab findingsTab = new Tab(Messages.get("case.findings"), findings);
        Tab legendTab = new Tab(Messages.get("case.legend"), new VirtualizedScrollPane<>(legend));
        Tab timelineTab = new Tab(Messages.get("case.timeline"), timelineScroll);
        Tab originalTab = new Tab(Messages.get("case.original"), new OriginalPagesPane(vm));
        findingsTab.setId("tab-findings");
        legendTab.setId("tab-legend");
        timelineTab.setId("tab-timeline");
        originalTab.setId("tab-original");
        originalTab.selectedProperty().addListener((o, a, b) -> vm.originalShownProperty().set(b));
        TabPane tabs = new TabPane(findingsTab, legendTab, timelineTab, originalTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setStyle("-fx-min-width: 22em;"); // the four tab titles whole at any text size; the résumé keeps the rest
        return tabs;
    }

    private void show(OpenedCase c) {
        if (c == null) {
            title.setText(vm.noticeProperty().get().isEmpty() ? Messages.get("case.none") : vm.noticeProperty().get());
            subtitle.setText("");
            area.show("", java.util.List.of());
            timeline.show(java.util.List.of(), "");
            current.setText("");
            return;
        }
        CaseDetail d = c.detail();
        title.setText(Messages.get("case.title", d.summary().fullName(), d.summary().applicantId()));
        String source = d.resumeSourceFile() == null || d.resumeSourceFile().isBlank()
                ? Messages.get("case.inlineText") : Messages.get("case.fromFile", d.resumeSourceFile());
        subtitle.setText(Messages.get("case.subtitle", nz(d.summary().fieldOffice()), source,
                d.resumeVersionNo(), c.spans().size()));
        area.show(d.resumeText(), c.runs());
        timeline.show(c.timeline(), vm.qualifyingMonthsText());
        current.setText(c.spans().isEmpty() ? Messages.get("case.noFindings") : Messages.get("case.findingKeys"));
    }

    /** Side by side from {@link #sideBySideEm} em of width up, else the résumé above the side tabs. */
    private void stackWhenNarrow(SplitPane split) {
        double em = subtitle.getFont() == null ? 13 : subtitle.getFont().getSize();
        javafx.geometry.Orientation wanted = getWidth() > 0 && getWidth() < sideBySideEm * em
                ? javafx.geometry.Orientation.VERTICAL : javafx.geometry.Orientation.HORIZONTAL;
        if (split.getOrientation() != wanted) {
            boolean stacked = wanted == javafx.geometry.Orientation.VERTICAL;
            split.setOrientation(wanted);
            // stacked, each keeps a few lines however short the pane: the résumé about five, the findings three
            split.getItems().get(0).setStyle(stacked ? "-fx-min-height: 7em;" : "");
            split.getItems().get(1).setStyle(stacked ? "-fx-min-height: 6em;" : "-fx-min-width: 22em;");
            javafx.application.Platform.runLater(() -> split.setDividerPositions(stacked ? 0.6 : 0.64));
        }
    }

    /** Below this width (in em of the text size) the résumé and the side tabs are stacked. */
    static final int SIDE_BY_SIDE_EM = 40;
    private int sideBySideEm = SIDE_BY_SIDE_EM;

    /**
     * Keeps the résumé and the side tabs side by side down to {@code em} em of width (a screen short of
     * height, where stacking leaves neither room, takes a narrower résumé instead).
     */
    public void setSideBySideFromEm(int em) {
        this.sideBySideEm = em;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void reveal(int index) {
        if (index < 0 || index >= vm.spans().size()) {
            return;
        }
        Span s = vm.spans().get(index);
        area.reveal(s.start(), s.end());
        syncing = true;
        try {
            findings.getSelectionModel().clearAndSelect(index);
            findings.scrollTo(Math.max(0, index - 1));
        } finally {
            syncing = false;
        }
        current.setText(Messages.get("case.currentFinding", index + 1, vm.spans().size(), CaseViewModel.describe(s)));
    }
}
