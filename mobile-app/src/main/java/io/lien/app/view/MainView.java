package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.viewmodel.ClientCardViewModel;
import io.lien.app.viewmodel.InStoreViewModel;
import io.lien.app.viewmodel.MomentsViewModel;
import io.lien.app.viewmodel.Screens;
import io.lien.app.viewmodel.Session;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
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

/**
 * In store now (left), live moments (centre), a client card on tap (right); the follow-ups screen
 * instead when chosen; sheets over it for a note, a selection, a follow-up. Binds only.
 */
public final class MainView extends StackPane {

    public MainView(Screens vm, I18n i18n) {
        Session session = vm.session();
        Label brand = new Label("Lien");
        brand.getStyleClass().add("title");
        Label who = new Label(i18n.t("main.signedin", session.me().name(), session.me().storeName()));
        who.setId("signedInAs");
        ToggleGroup screens = new ToggleGroup();
        ToggleButton live = new ToggleButton(i18n.t("main.live"));
        live.setId("navLive");
        ToggleButton followUps = new ToggleButton(i18n.t("main.followups"));
        followUps.setId("navFollowUps");
        ToggleButton aside = new ToggleButton(i18n.t("main.aside"));
        aside.setId("navToPutAside");
        ToggleButton week = new ToggleButton(i18n.t("main.week"));
        week.setId("navWeek");
        // a manager's week; advisors do not see the button
        week.setVisible(session.me().isManager());
        week.setManaged(session.me().isManager());
        live.setToggleGroup(screens);
        followUps.setToggleGroup(screens);
        aside.setToggleGroup(screens);
        week.setToggleGroup(screens);
        live.setSelected(true);
        // one of them is always chosen
        screens.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        Label outbox = new Label();
        outbox.setId("outboxState");
        outbox.getStyleClass().add("offline");
        outbox.textProperty().bind(vm.outbox().waiting());
        Label feed = new Label();
        feed.setId("feedState");
        feed.textProperty().bind(vm.moments().stateText());
        vm.moments().state().addListener((o, was, now) -> feed.getStyleClass().setAll("label", "feed-" + now));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(brand, who, new HBox(4, live, followUps, aside, week), spacer, outbox, feed);
        top.getStyleClass().add("topbar");

        ClientCardViewModel card = vm.card();
        ClientCardView cardView = new ClientCardView(card, i18n,
                () -> vm.note().open(card.card().get().id(), name(card)),
                () -> vm.selection().open(card.card().get()),
                () -> vm.followUps().startFor(card.card().get().id(), name(card)));
        BorderPane now = new BorderPane();
        now.setLeft(inStorePane(vm.inStore(), card, i18n));
        now.setCenter(momentsPane(vm.moments(), card, i18n));
        VBox right = new VBox(6, Sheet.lastWord("selectionSaid", vm.selection().status(), vm.selection().visible()),
                Sheet.lastWord("noteSaid", vm.note().status(), vm.note().visible()), cardView);
        VBox.setVgrow(cardView, Priority.ALWAYS);
        // the card keeps its width whatever the last word above it says
        right.setMaxWidth(440);
        right.setPrefWidth(440);
        now.setRight(right);
        VBox followUpScreen = FollowUpsView.screen(vm.followUps(), i18n);
        now.visibleProperty().bind(live.selectedProperty());
        followUpScreen.visibleProperty().bind(followUps.selectedProperty());
        followUps.selectedProperty().addListener((o, was, shown) -> {
            if (shown) {
                vm.followUps().refresh();
            }
        });
        VBox asideScreen = ToPutAsideView.screen(vm.toPutAside(), i18n);
        asideScreen.visibleProperty().bind(aside.selectedProperty());
        aside.selectedProperty().addListener((o, was, shown) -> {
            if (shown) {
                vm.toPutAside().refresh();
            }
        });
        VBox weekScreen = WeekView.screen(vm.week(), i18n);
        weekScreen.visibleProperty().bind(week.selectedProperty());
        week.selectedProperty().addListener((o, was, shown) -> {
            if (shown) {
                vm.week().refresh();
            }
        });
        BorderPane frame = new BorderPane(new StackPane(now, followUpScreen, asideScreen, weekScreen));
        frame.setTop(top);
        getChildren().addAll(frame, NoteSheet.of(vm.note(), i18n), SelectionSheet.of(vm.selection(), i18n),
                FollowUpsView.editor(vm.followUps(), i18n));
    }

    private static String name(ClientCardViewModel card) {
        return card.card().get().firstName() + " " + card.card().get().lastName();
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
                Label visit = new Label(p.visitSoFar());
                visit.getStyleClass().add("typology");
                visit.setVisible(!p.visitSoFar().isEmpty());
                visit.setManaged(!p.visitSoFar().isEmpty());
                if (!p.why().isEmpty()) {
                    visit.setTooltip(new javafx.scene.control.Tooltip(p.why()));
                }
                VBox box = new VBox(2, new HBox(8, name, Chips.approachability(p.approachability(), p.approachabilityCode())), where, visit);
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
        list.setCellFactory(l -> new MomentCell(vm, i18n));
        list.setOnMouseClicked(e -> {
            MomentsViewModel.Item item = list.getSelectionModel().getSelectedItem();
            if (item != null && item.opensAClientCard()) {
                card.open(item.clientId());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label notice = new Label();
        notice.setId("momentNotice");
        notice.getStyleClass().add("offline");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.notice());
        notice.visibleProperty().bind(vm.notice().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox pane = new VBox(6, title, notice, list);
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
