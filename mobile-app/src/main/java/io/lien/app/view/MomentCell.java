package io.lien.app.view;

import io.lien.app.I18n;
import javafx.scene.control.Button;
import io.lien.app.viewmodel.MomentsViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** One moment: time, a sign for its kind, the sentence (which carries the client's wish if they said it). */
final class MomentCell extends ListCell<MomentsViewModel.Item> {

    private final MomentsViewModel vm;
    private final I18n i18n;

    MomentCell(MomentsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setPrefWidth(0);
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
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        // the sentence already carries "just browsing"; wrap it to the list's width instead of scrolling sideways
        text.maxWidthProperty().bind(getListView().widthProperty().subtract(item.claimable() || item.claimedBy() != null ? 270 : 130));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, time, icon, text);
        if (item.claimable()) {
            Button claim = new Button(i18n.t("moment.claim"));
            claim.getStyleClass().addAll("claim", "accent");
            claim.setMinWidth(Region.USE_PREF_SIZE);
            // the tap is the advisor's answer; it must not also open the card underneath
            claim.setOnAction(e -> {
                e.consume();
                vm.claim(item);
            });
            row.getChildren().add(claim);
        } else if (item.claimedBy() != null) {
            Label taken = new Label(item.claimedBy());
            taken.getStyleClass().addAll("chip", "chip-claimed");
            taken.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(taken);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        if (item.opensAClientCard()) {
            getStyleClass().add("moment-named");
        }
        setGraphic(row);
    }

    private static String icon(String kind) {
        return switch (kind) {
            // glyphs every tablet font has (colour emoji do not render in JavaFX everywhere)
            case "ARRIVAL" -> "➜";
            case "LIFT" -> "⇡";
            case "TRY_ON" -> "▣";
            case "LIKE" -> "♥";
            case "HELP", "ADVISOR_CALL" -> "☎";
            case "SIZE_REQUEST" -> "⇄";
            case "DEVICE_ALERT" -> "⚠";
            case "CLAIM" -> "✓";
            case "SELECTION_OPENED" -> "✉";
            case "RESERVATION" -> "⌂";
            case "ORDER" -> "€";
            default -> "•";
        };
    }
}
