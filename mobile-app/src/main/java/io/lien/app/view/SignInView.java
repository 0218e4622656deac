package io.lien.app.view;

import io.lien.app.I18n;
import io.lien.app.viewmodel.Session;
import io.lien.app.viewmodel.SignInViewModel;
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
        getChildren().addAll(title, subtitle, server, username, password, signIn, error);
    }
}
