package io.lien.app.view;

import javafx.scene.control.Label;

/** Small coloured labels. */
final class Chips {

    private Chips() {
    }

    static Label approachability(String text, String code) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", "chip-" + code);
        chip.setMinWidth(Label.USE_PREF_SIZE);
        chip.setVisible(!text.isBlank());
        chip.setManaged(!text.isBlank());
        return chip;
    }
}
