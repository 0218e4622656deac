package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.viewmodel.ClientCardViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The client card panel; binds to {@link ClientCardViewModel}. */
final class ClientCardView extends VBox {

    ClientCardView(ClientCardViewModel vm, I18n i18n) {
        setId("clientCard");
        getStyleClass().add("card");
        visibleProperty().bind(vm.visible());
        managedProperty().bind(vm.visible());
        Label name = new Label();
        name.setId("cardName");
        name.getStyleClass().add("card-name");
        name.textProperty().bind(vm.name());
        Button close = new Button(i18n.t("card.close"));
        close.setOnAction(e -> vm.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, name, spacer, close);
        Label approach = new Label();
        approach.textProperty().bind(vm.approachability());
        approach.getStyleClass().add("chip");
        vm.approachabilityCode().addListener((o, was, now) -> {
            approach.getStyleClass().removeIf(c -> c.startsWith("chip-"));
            approach.getStyleClass().add("chip-" + now);
        });
        approach.visibleProperty().bind(vm.approachability().isNotEmpty());
        Label sizes = new Label();
        sizes.textProperty().bind(vm.sizes().map(s -> i18n.t("card.sizes", s)));
        Label loves = new Label();
        loves.setWrapText(true);
        loves.setMinHeight(Region.USE_PREF_SIZE);
        loves.textProperty().bind(vm.loves().map(s -> i18n.t("card.loves", s)));
        Label prefers = new Label();
        prefers.textProperty().bind(vm.prefers());
        Label status = new Label();
        status.textProperty().bind(vm.status());
        Label openings = new Label(i18n.t("card.starters"));
        openings.getStyleClass().add("section");
        VBox starters = new VBox(6);
        starters.setId("cardStarters");
        Label startersNote = new Label();
        startersNote.textProperty().bind(vm.startersNote());
        startersNote.visibleProperty().bind(vm.startersNote().isNotEmpty());
        startersNote.managedProperty().bind(vm.startersNote().isNotEmpty());
        vm.starters().addListener((javafx.collections.ListChangeListener<ClientCardViewModel.Opening>) change ->
                starters.getChildren().setAll(vm.starters().stream().map(ClientCardView::opening).toList()));
        Label story = new Label(i18n.t("card.timeline"));
        story.getStyleClass().add("section");
        ListView<ClientCardViewModel.Entry> timeline = new ListView<>(vm.timeline());
        timeline.setId("cardTimeline");
        timeline.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ClientCardViewModel.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setPrefWidth(0);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label(e.date() + " · " + e.channel() + " · " + e.kind());
                head.getStyleClass().add("subtitle");
                Label summary = new Label(e.summary());
                summary.setWrapText(true);
                summary.setMinHeight(Region.USE_PREF_SIZE);
                summary.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                setGraphic(new VBox(2, head, summary));
            }
        });
        VBox.setVgrow(timeline, Priority.ALWAYS);
        getChildren().addAll(header, approach, sizes, loves, prefers, status, openings, startersNote, starters, story, timeline);
    }

    private static VBox opening(ClientCardViewModel.Opening o) {
        Label text = new Label(o.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label reason = new Label(o.reason());
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.getStyleClass().add("subtitle");
        VBox box = new VBox(2, text, reason);
        box.getStyleClass().add("starter");
        return box;
    }
}
