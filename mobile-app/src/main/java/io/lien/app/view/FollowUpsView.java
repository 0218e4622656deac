package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.viewmodel.FollowUpsViewModel;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The follow-ups screen (per day, "Done" in one tap) and the sheet that sets one. */
final class FollowUpsView {

    private FollowUpsView() {
    }

    static VBox screen(FollowUpsViewModel vm, I18n i18n) {
        Label title = new Label(i18n.t("followups.title"));
        title.getStyleClass().add("section");
        Label status = new Label();
        status.textProperty().bind(vm.status());
        status.setWrapText(true);
        ListView<FollowUpsViewModel.Row> list = new ListView<>(vm.rows());
        list.setId("followUps");
        list.setPlaceholder(new Label(i18n.t("followups.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FollowUpsViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("day-heading", "late", "done");
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                if (r.heading()) {
                    getStyleClass().add("day-heading");
                    setGraphic(new Label(r.text()));
                    return;
                }
                Label who = new Label(r.client());
                who.setStyle("-fx-font-weight: bold;");
                Label what = new Label(r.text() + (r.waiting() ? " · " + i18n.t("followups.waiting") : ""));
                what.setWrapText(true);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox row = new HBox(12, new VBox(2, who, what), spacer);
                if (!r.done() && !r.waiting()) {
                    Button done = new Button(i18n.t("followups.done"));
                    done.setMinWidth(Region.USE_PREF_SIZE);
                    done.setOnAction(e -> vm.markDone(r));
                    row.getChildren().add(done);
                }
                if (r.late()) {
                    getStyleClass().add("late");
                }
                if (r.done()) {
                    getStyleClass().add("done");
                }
                setGraphic(row);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(6, title, status, list);
        pane.setPadding(new Insets(8, 16, 8, 16));
        return pane;
    }

    static Sheet editor(FollowUpsViewModel vm, I18n i18n) {
        Label title = new Label();
        title.getStyleClass().add("section");
        title.textProperty().bind(vm.draftFor());
        TextField text = new TextField();
        text.setId("followUpText");
        text.setPromptText(i18n.t("followups.placeholder"));
        text.textProperty().bindBidirectional(vm.draftText());
        DatePicker day = new DatePicker();
        day.setId("followUpDay");
        day.valueProperty().bindBidirectional(vm.draftDay());
        Label status = new Label();
        status.textProperty().bind(vm.status());
        Button save = new Button(i18n.t("followups.save"));
        save.setId("followUpSave");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Button cancel = new Button(i18n.t("followups.cancel"));
        cancel.setOnAction(e -> vm.cancel());
        return new Sheet("followUpSheet", vm.editing(), title, text, new HBox(8, new Label(i18n.t("followups.day")), day), status,
                new HBox(8, save, cancel));
    }
}
