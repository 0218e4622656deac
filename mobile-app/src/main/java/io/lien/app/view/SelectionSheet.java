package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.viewmodel.SelectionViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;


/** Pieces to tick (today's first), a personal word, send; the server's answer in words. */
final class SelectionSheet {

    private SelectionSheet() {
    }

    static Sheet of(SelectionViewModel vm, I18n i18n) {
        Label title = new Label();
        title.getStyleClass().add("section");
        title.textProperty().bind(vm.title());
        ListView<SelectionViewModel.Candidate> pieces = new ListView<>(vm.candidates());
        pieces.setId("selectionPieces");
        pieces.setPrefHeight(330);
        pieces.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SelectionViewModel.Candidate c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setGraphic(null);
                    return;
                }
                CheckBox pick = new CheckBox(c.label());
                pick.selectedProperty().bindBidirectional(c.picked());
                Label detail = new Label(c.detail());
                detail.getStyleClass().add(c.today() ? "today" : "subtitle");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                setGraphic(new HBox(8, pick, spacer, detail));
            }
        });
        TextArea message = new TextArea();
        message.setId("selectionMessage");
        message.setPromptText(i18n.t("selection.message"));
        message.setPrefRowCount(2);
        message.setWrapText(true);
        message.textProperty().bindBidirectional(vm.message());
        Label status = new Label();
        status.setId("selectionStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        Button send = new Button(i18n.t("selection.send"));
        send.setId("selectionSend");
        send.getStyleClass().add("accent");
        send.disableProperty().bind(vm.canSend().not());
        send.setOnAction(e -> vm.send());
        Button cancel = new Button(i18n.t("selection.cancel"));
        cancel.setOnAction(e -> vm.cancel());
        return new Sheet("selectionSheet", vm.visible(), title, pieces, message, status, new HBox(8, send, cancel));
    }
}
