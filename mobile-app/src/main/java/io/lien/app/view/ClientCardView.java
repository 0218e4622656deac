package io.lien.app.view;

import javafx.scene.control.ScrollPane;
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

    ClientCardView(ClientCardViewModel vm, I18n i18n, Runnable note, Runnable selection, Runnable followUp) {
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
        Label offline = new Label();
        offline.setId("cardOffline");
        offline.getStyleClass().add("offline");
        offline.setWrapText(true);
        offline.textProperty().bind(vm.offlineNote());
        offline.visibleProperty().bind(vm.offlineNote().isNotEmpty());
        offline.managedProperty().bind(vm.offlineNote().isNotEmpty());
        HBox actions = new HBox(8, action("cardNote", i18n.t("card.actions.note"), note),
                action("cardSelection", i18n.t("card.actions.selection"), selection),
                action("cardFollowUp", i18n.t("card.actions.followup"), followUp));
        actions.disableProperty().bind(vm.card().isNull());
        VBox facts = new VBox(4, list(i18n.t("card.relationship"), vm.relationship(), "cardRelationship"),
                list(i18n.t("card.consents"), vm.consents(), "cardConsents"),
                list(i18n.t("card.dates"), vm.dates(), "cardDates"), list(i18n.t("card.people"), vm.people(), "cardPeople"),
                list(i18n.t("card.credits"), vm.credits(), "cardCredits"));
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
                Label head = new Label(e.date() + " · " + e.channel() + " · " + e.kind(), ChannelIcon.of(e.channelCode()));
                head.getStyleClass().add("subtitle");
                Label summary = new Label(e.summary());
                summary.setWrapText(true);
                summary.setMinHeight(Region.USE_PREF_SIZE);
                summary.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                setGraphic(new VBox(2, head, summary));
            }
        });
        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox top = new VBox(6, approach, offline, actions, sizes, loves, prefers, status, facts, openings, startersNote, starters);
        ScrollPane scroll = new ScrollPane(top);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(430);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().addAll(header, scroll, story, timeline);
    }

    private static Button action(String id, String text, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> run.run());
        return b;
    }

    /** A heading and its lines, hidden when there is nothing to say. */
    private static VBox list(String title, javafx.collections.ObservableList<String> lines, String id) {
        Label heading = new Label(title);
        heading.getStyleClass().add("subtitle");
        Label body = new Label();
        body.setId(id);
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.join("\n", lines), lines));
        VBox box = new VBox(1, heading, body);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(lines));
        box.managedProperty().bind(box.visibleProperty());
        return box;
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
