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
        approach.getStyleClass().addAll("chip", "chip-just-browsing");
        approach.visibleProperty().bind(vm.approachability().isNotEmpty());
        Label sizes = labelled(i18n.t("card.sizes"), vm.sizes().getValue());
        sizes.textProperty().bind(vm.sizes().map(s -> i18n.t("card.sizes") + " : " + s));
        Label loves = new Label();
        loves.setWrapText(true);
        loves.textProperty().bind(vm.loves().map(s -> i18n.t("card.loves") + " : " + s));
        Label prefers = new Label();
        prefers.textProperty().bind(vm.prefers());
        Label status = new Label();
        status.textProperty().bind(vm.status());
        Label story = new Label(i18n.t("card.timeline"));
        story.getStyleClass().add("section");
        ListView<ClientCardViewModel.Entry> timeline = new ListView<>(vm.timeline());
        timeline.setId("cardTimeline");
        timeline.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ClientCardViewModel.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || e == null ? null : e.date() + " · " + e.channel() + " · " + e.kind() + "\n" + e.summary());
            }
        });
        VBox.setVgrow(timeline, Priority.ALWAYS);
        getChildren().addAll(header, approach, sizes, loves, prefers, status, story, timeline);
    }

    private static Label labelled(String label, String value) {
        return new Label(label + " : " + (value == null ? "" : value));
    }
}
