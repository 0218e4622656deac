package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.viewmodel.MomentsViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** One moment: time, an icon for its kind, the sentence, and the client's wish if they said it. */
final class MomentCell extends ListCell<MomentsViewModel.Item> {

    private final I18n i18n;

    MomentCell(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    protected void updateItem(MomentsViewModel.Item item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("moment-named");
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Label time = new Label(item.time());
        time.getStyleClass().add("moment-time");
        Label icon = new Label(icon(item.kind()));
        icon.getStyleClass().add("moment-icon");
        Label text = new Label(item.text());
        text.getStyleClass().add("moment-text");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, time, icon, text);
        row.setAlignment(Pos.CENTER_LEFT);
        if (item.approachability() != null && !item.approachability().equals("not-said")) {
            row.getChildren().add(Chips.approachability(i18n.t("approach." + item.approachability()), item.approachability()));
        }
        if (item.opensAClientCard()) {
            getStyleClass().add("moment-named");
        }
        setGraphic(row);
    }

    private static String icon(String kind) {
        return switch (kind) {
            case "ARRIVAL" -> "👋";
            case "LIFT" -> "👗";
            case "TRY_ON" -> "🚪";
            case "LIKE" -> "♥";
            case "HELP", "ADVISOR_CALL" -> "🙋";
            case "SIZE_REQUEST" -> "📏";
            case "DEVICE_ALERT" -> "🔋";
            default -> "•";
        };
    }
}
