package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.viewmodel.ToPutAsideViewModel;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces to put aside for shoppers, "Ready" in one tap. */
final class ToPutAsideView {

    private ToPutAsideView() {
    }

    static VBox screen(ToPutAsideViewModel vm, I18n i18n) {
        Label title = new Label(i18n.t("aside.title"));
        title.getStyleClass().add("section");
        Label status = new Label();
        status.setId("asideStatus");
        status.textProperty().bind(vm.status());
        status.setWrapText(true);
        ListView<ToPutAsideViewModel.Row> list = new ListView<>(vm.rows());
        list.setId("toPutAside");
        list.setPlaceholder(new Label(i18n.t("aside.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ToPutAsideViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label what = new Label(r.what());
                what.setStyle("-fx-font-weight: bold;");
                Label who = new Label(r.who() + (r.until().isEmpty() ? "" : " · " + r.until()));
                who.setWrapText(true);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox row = new HBox(12, new VBox(2, what, who), spacer);
                if (r.ready()) {
                    row.getChildren().add(new Label(i18n.t("aside.is-ready")));
                } else {
                    Button ready = new Button(i18n.t("aside.ready"));
                    ready.setMinWidth(Region.USE_PREF_SIZE);
                    ready.setMinHeight(48);
                    ready.setOnAction(e -> vm.ready(r));
                    row.getChildren().add(ready);
                }
                setGraphic(row);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox screen = new VBox(8, title, status, list);
        screen.setPadding(new Insets(12));
        return screen;
    }
}
