package io.lien.app.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A panel over the screen (the rest dimmed) for a short task: a note, a selection, a follow-up. */
final class Sheet extends StackPane {

    Sheet(String id, BooleanProperty shown, Node... content) {
        setId(id);
        getStyleClass().add("sheet-shade");
        VBox panel = new VBox(10, content);
        panel.getStyleClass().add("sheet");
        panel.setMaxWidth(620);
        panel.setMaxHeight(USE_PREF_SIZE);
        panel.setPadding(new Insets(20));
        StackPane.setAlignment(panel, Pos.CENTER);
        getChildren().add(panel);
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
    }

    /** What the task's last answer said ("Note saved.", "Sent to Amara by e-mail."), in sight once the sheet closed. */
    static Label lastWord(String id, StringProperty said, BooleanProperty shown) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(said);
        label.visibleProperty().bind(shown.not().and(said.isNotEmpty()));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
