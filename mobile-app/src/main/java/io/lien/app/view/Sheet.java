package io.lien.app.view;

import javafx.beans.property.BooleanProperty;
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
}
