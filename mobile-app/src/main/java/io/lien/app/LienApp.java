package io.lien.app;

import atlantafx.base.theme.PrimerLight;
import io.lien.app.api.HttpLienApi;
import io.lien.app.view.MainView;
import io.lien.app.view.SignInView;
import io.lien.app.viewmodel.ClientCardViewModel;
import io.lien.app.viewmodel.InStoreViewModel;
import io.lien.app.viewmodel.MomentsViewModel;
import io.lien.app.viewmodel.Session;
import io.lien.app.viewmodel.SignInViewModel;
import io.lien.app.viewmodel.UiThread;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The advisor tablet app. Parameters: {@code --server=URL --user=NAME --password=SECRET
 * --sign-in} (the demo launcher fills them in and signs in at once).
 */
public final class LienApp extends Application {

    private final ExecutorService background = Executors.newFixedThreadPool(2, daemon("app-io"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("app-timer"));
    private final I18n i18n = I18n.fromDevice();
    private final UiThread threads = new UiThread(background, Platform::runLater);
    private final ZoneId zone = ZoneId.systemDefault();
    private Stage stage;
    private MomentsViewModel moments;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SignInViewModel signIn = new SignInViewModel(HttpLienApi::new, threads, i18n);
        Map<String, String> params = getParameters().getNamed();
        AppSettings settings = AppSettings.load();
        signIn.server().set(params.getOrDefault("server", settings.server()));
        signIn.username().set(params.getOrDefault("user", settings.username()));
        signIn.password().set(params.getOrDefault("password", ""));
        StackPane root = new StackPane(new SignInView(signIn, i18n, this::showMain));
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(LienApp.class.getResource("lien.css").toExternalForm());
        stage.setTitle(i18n.t("app.title"));
        stage.setScene(scene);
        stage.show();
        if (getParameters().getUnnamed().contains("--sign-in")) {
            signIn.signIn(this::showMain);
        }
    }

    private void showMain(Session session) {
        AppSettings.save(new AppSettings(((HttpLienApi) session.api()).base().toString(), session.me().username()));
        String store = session.me().storeId();
        moments = new MomentsViewModel(session.api(), store, threads, i18n, zone);
        InStoreViewModel inStore = new InStoreViewModel(session.api(), store, threads, i18n, System::currentTimeMillis);
        ClientCardViewModel card = new ClientCardViewModel(session.api(), threads, i18n, zone);
        moments.onEveryMoment(inStore::refresh);
        stage.getScene().setRoot(new MainView(session, moments, inStore, card, i18n));
        moments.start();
        inStore.refresh();
        // minutes in store move on even when nothing happens
        timer.scheduleAtFixedRate(inStore::refresh, 15, 15, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        if (moments != null) {
            moments.close();
        }
        timer.shutdownNow();
        background.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
