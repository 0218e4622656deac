package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.viewmodel.ClientCardViewModel;
import io.lien.app.viewmodel.InStoreViewModel;
import io.lien.app.viewmodel.MomentsViewModel;
import io.lien.app.viewmodel.Session;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** In store now (left), live moments (centre), a client card on tap (right). Binds only. */
public final class MainView extends BorderPane {

    public MainView(Session session, MomentsViewModel moments, InStoreViewModel inStore, ClientCardViewModel card,
                    I18n i18n) {
        Label brand = new Label("Lien");
        brand.getStyleClass().add("title");
        Label who = new Label(i18n.t("main.signedin", session.me().name(), session.me().storeId()));
        Label feed = new Label();
        feed.setId("feedState");
        feed.textProperty().bind(moments.stateText());
        moments.state().addListener((o, was, now) -> feed.getStyleClass().setAll("label", "feed-" + now));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(brand, who, spacer, feed);
        top.getStyleClass().add("topbar");
        setTop(top);

        setLeft(inStorePane(inStore, card, i18n));
        setCenter(momentsPane(moments, card, i18n));
        setRight(new ClientCardView(card, i18n));
    }

    private static VBox inStorePane(InStoreViewModel vm, ClientCardViewModel card, I18n i18n) {
        Label title = new Label(i18n.t("main.instore"));
        title.getStyleClass().add("section");
        Label summary = new Label();
        summary.setId("inStoreSummary");
        summary.textProperty().bind(vm.summary());
        summary.setWrapText(true);
        ListView<InStoreViewModel.Present> list = new ListView<>(vm.present());
        list.setStyle("-fx-hbar-policy: never;");
        list.setId("inStore");
        list.setPlaceholder(wrapping(i18n.t("main.noclients")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(InStoreViewModel.Present p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(p.name());
                name.setStyle("-fx-font-weight: bold;");
                Label where = new Label(p.where());
                where.getStyleClass().add("subtitle");
                where.setWrapText(true);
                where.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                VBox box = new VBox(2, new HBox(8, name, Chips.approachability(p.approachability(), p.approachabilityCode())), where);
                setGraphic(box);
            }
        });
        list.setOnMouseClicked(e -> {
            InStoreViewModel.Present p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                card.open(p.clientId());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(6, title, summary, list);
        pane.setPadding(new Insets(8, 8, 8, 16));
        pane.setPrefWidth(340);
        return pane;
    }

    private static VBox momentsPane(MomentsViewModel vm, ClientCardViewModel card, I18n i18n) {
        Label title = new Label(i18n.t("main.moments"));
        title.getStyleClass().add("section");
        ListView<MomentsViewModel.Item> list = new ListView<>(vm.items());
        list.setId("moments");
        list.setPlaceholder(wrapping(i18n.t("main.nomoments")));
        list.setCellFactory(l -> new MomentCell());
        list.setOnMouseClicked(e -> {
            MomentsViewModel.Item item = list.getSelectionModel().getSelectedItem();
            if (item != null && item.opensAClientCard()) {
                card.open(item.clientId());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(6, title, list);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setAlignment(Pos.CENTER);
        return l;
    }
}
