package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.viewmodel.NoteViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** Quick tags as big toggles, a few words if wanted, save. */
final class NoteSheet {

    private NoteSheet() {
    }

    static Sheet of(NoteViewModel vm, I18n i18n) {
        Label title = new Label(i18n.t("note.title"));
        title.getStyleClass().add("section");
        FlowPane tags = new FlowPane(8, 8);
        tags.setId("noteTags");
        Runnable fill = () -> tags.getChildren().setAll(vm.tags().stream().map(t -> {
            ToggleButton b = new ToggleButton(t.label());
            b.selectedProperty().bindBidirectional(t.on());
            b.getStyleClass().add("tag");
            return b;
        }).toList());
        fill.run();
        vm.tags().addListener((ListChangeListener<NoteViewModel.Tag>) c -> fill.run());
        TextArea text = new TextArea();
        text.setId("noteText");
        text.setPromptText(i18n.t("note.placeholder"));
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(vm.text());
        Button save = new Button(i18n.t("note.save"));
        save.setId("noteSave");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.canSave().not());
        save.setOnAction(e -> vm.save());
        Button cancel = new Button(i18n.t("note.cancel"));
        cancel.setOnAction(e -> vm.cancel());
        // Lien keeps no private notes: the client reads every note in their own space (docs/privacy.md)
        Label theirs = new Label(i18n.t("note.theirs"));
        theirs.setWrapText(true);
        theirs.getStyleClass().add("subtitle");
        return new Sheet("noteSheet", vm.visible(), title, theirs, tags, text, new HBox(8, save, cancel));
    }
}
