package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.viewmodel.WeekViewModel;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A manager's week at a glance: one line per figure, large; where the whole picture is below. */
public final class WeekView {

    private WeekView() {
    }

    public static VBox screen(WeekViewModel vm, I18n i18n) {
        Label title = new Label();
        title.setId("weekTitle");
        title.getStyleClass().add("section");
        title.textProperty().bind(vm.title());
        Label status = new Label();
        status.textProperty().bind(vm.status());
        status.setWrapText(true);
        ListView<WeekViewModel.Line> list = new ListView<>(vm.lines());
        list.setId("week");
        list.setPlaceholder(new Label(i18n.t("week.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(WeekViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                Label label = new Label(line.label());
                label.getStyleClass().add("subtitle");
                Label figure = new Label(line.figure());
                figure.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
                figure.setWrapText(true);
                Label detail = new Label(line.detail());
                detail.setWrapText(true);
                detail.maxWidthProperty().bind(getListView().widthProperty().subtract(60));
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                setGraphic(new VBox(2, label, figure, detail));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label more = new Label();
        more.setId("weekMore");
        more.setWrapText(true);
        more.textProperty().bind(vm.more());
        VBox screen = new VBox(8, title, status, list, more);
        screen.setPadding(new Insets(12));
        return screen;
    }
}
