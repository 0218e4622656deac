package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.api.Dtos;
import io.lien.app.viewmodel.Session;
import io.lien.app.viewmodel.SignInViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The sign-in screen; binds to {@link SignInViewModel}. */
public final class SignInView extends VBox {

    public SignInView(SignInViewModel vm, I18n i18n, Consumer<Session> onSignedIn) {
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setMaxWidth(420);
        Label title = new Label(i18n.t("signin.title"));
        title.getStyleClass().add("title");
        Label subtitle = new Label(i18n.t("signin.subtitle"));
        subtitle.getStyleClass().add("subtitle");
        subtitle.setWrapText(true);
        TextField server = new TextField();
        server.setId("server");
        server.setPromptText(i18n.t("signin.server"));
        server.textProperty().bindBidirectional(vm.server());
        TextField username = new TextField();
        username.setId("username");
        username.setPromptText(i18n.t("signin.username"));
        username.textProperty().bindBidirectional(vm.username());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.setPromptText(i18n.t("signin.password"));
        password.textProperty().bindBidirectional(vm.password());
        Button signIn = new Button(i18n.t("signin.button"));
        signIn.setId("signIn");
        signIn.setDefaultButton(true);
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.getStyleClass().add("accent");
        signIn.disableProperty().bind(vm.busy());
        signIn.setOnAction(e -> vm.signIn(onSignedIn));
        Label error = new Label();
        error.setId("signInError");
        error.getStyleClass().add("error");
        error.textProperty().bind(vm.error());
        VBox credentials = new VBox(12, server, username, password, signIn);
        credentials.setId("credentials");
        credentials.visibleProperty().bind(vm.choosingStore().not());
        credentials.managedProperty().bind(credentials.visibleProperty());
        getChildren().addAll(title, subtitle, credentials, storePicker(vm, i18n, onSignedIn), error);
    }

    /** After sign-in, for someone who works in several stores: one large button per store, their own first. */
    private static VBox storePicker(SignInViewModel vm, I18n i18n, Consumer<Session> onSignedIn) {
        Label question = new Label(i18n.t("signin.store.title"));
        question.getStyleClass().add("section");
        question.setWrapText(true);
        VBox choices = new VBox(8);
        choices.setId("storeChoices");
        vm.stores().addListener((ListChangeListener<Dtos.StoreSummary>) change -> {
            choices.getChildren().clear();
            for (int i = 0; i < vm.stores().size(); i++) {
                Dtos.StoreSummary store = vm.stores().get(i);
                Button choose = new Button(store.name() + (store.city().isBlank() ? "" : " · " + store.city())
                        + (i == 0 ? "  " + i18n.t("signin.store.own") : ""));
                choose.setId("store-" + store.id());
                choose.setMaxWidth(Double.MAX_VALUE);
                choose.getStyleClass().add(i == 0 ? "accent" : "store-choice");
                choose.disableProperty().bind(vm.busy());
                choose.setOnAction(e -> vm.chooseStore(store, onSignedIn));
                choices.getChildren().add(choose);
            }
        });
        Button back = new Button(i18n.t("signin.store.back"));
        back.setId("storeBack");
        back.setOnAction(e -> vm.cancelStoreChoice());
        VBox picker = new VBox(12, question, choices, back);
        picker.setId("storePicker");
        picker.visibleProperty().bind(vm.choosingStore());
        picker.managedProperty().bind(picker.visibleProperty());
        return picker;
    }
}
