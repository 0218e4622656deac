package io.lien.app;

import com.gluonhq.attach.lifecycle.LifecycleEvent;
import com.gluonhq.attach.lifecycle.LifecycleService;
import io.lien.app.api.LienApi;
import io.lien.app.offline.CardCache;
import io.lien.app.offline.DeviceStore;
import io.lien.app.offline.Outbox;
import io.lien.app.offline.TagCache;
import io.lien.app.viewmodel.FollowUpsViewModel;
import io.lien.app.viewmodel.NoteViewModel;
import io.lien.app.viewmodel.OutboxViewModel;
import io.lien.app.viewmodel.Screens;
import io.lien.app.viewmodel.SelectionViewModel;
import java.time.LocalDate;

import atlantafx.base.theme.PrimerLight;
import io.lien.app.api.HttpLienApi;
import io.lien.app.view.MainView;
import io.lien.app.view.SignInView;
import io.lien.app.viewmodel.ClientCardViewModel;
import io.lien.app.viewmodel.InStoreViewModel;
import io.lien.app.viewmodel.MomentsViewModel;
import io.lien.app.viewmodel.Session;
import io.lien.app.viewmodel.ToPutAsideViewModel;
import io.lien.app.viewmodel.WeekViewModel;
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
    private final UiThread threads = new UiThread(this::inBackground, Platform::runLater);
    private final ZoneId zone = ZoneId.systemDefault();
    private Stage stage;
    private MomentsViewModel moments;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SignInViewModel signIn = new SignInViewModel(uri -> new HttpLienApi(uri, i18n.locale()), threads, i18n);
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
        LienApi api = session.api();
        DeviceStore device = new DeviceStore(AppSettings.privateDir().resolve(session.me().username()));
        CardCache cards = new CardCache(device);
        cards.purge(System.currentTimeMillis());
        Outbox outbox = new Outbox(device, api);
        moments = new MomentsViewModel(api, store, session.me().username(), threads, i18n, zone);
        InStoreViewModel inStore = new InStoreViewModel(api, store, threads, i18n, System::currentTimeMillis);
        ClientCardViewModel card = new ClientCardViewModel(api, threads, i18n, zone, cards, System::currentTimeMillis);
        NoteViewModel note = new NoteViewModel(api, outbox, new TagCache(device), threads, i18n, System::currentTimeMillis);
        SelectionViewModel selection = new SelectionViewModel(api, threads, i18n, zone);
        FollowUpsViewModel followUps = new FollowUpsViewModel(api, outbox, threads, i18n, () -> LocalDate.now(zone));
        OutboxViewModel waiting = new OutboxViewModel(outbox, threads, i18n);
        ToPutAsideViewModel aside = new ToPutAsideViewModel(api, store, threads, i18n, zone);
        moments.onEveryMoment(inStore::refresh);
        // the feed coming back means the server is back: what waited goes now
        moments.state().addListener((o, was, now) -> {
            if (now == LienApi.FeedState.LIVE) {
                waiting.retry();
            }
        });
        WeekViewModel week = new WeekViewModel(api, store, threads, i18n);
        stage.getScene().setRoot(new MainView(new Screens(session, moments, inStore, card, note, selection, followUps, waiting, aside, week),
                i18n));
        moments.start();
        inStore.refresh();
        note.loadTags();
        // minutes in store move on even when nothing happens; what waits is tried again
        timer.scheduleAtFixedRate(inStore::refresh, 15, 15, TimeUnit.SECONDS);
        timer.scheduleAtFixedRate(waiting::retry, 30, 30, TimeUnit.SECONDS);
        onResume(waiting::retry);
    }

    /** On a tablet, coming back to the app (Gluon Attach lifecycle) is a good moment to send what waited. */
    private static void onResume(Runnable action) {
        try {
            LifecycleService.create().ifPresent(l -> l.addListener(LifecycleEvent.RESUME, action));
        } catch (RuntimeException | LinkageError e) {
            // no lifecycle service on this platform: the timer and the live feed do it
        }
    }

    @Override
    public void stop() {
        if (moments != null) {
            moments.close();
        }
        timer.shutdownNow();
        background.shutdownNow();
    }

    /** Slow work off the UI thread; once the app is stopping, a late event (the feed going live) starts nothing. */
    private void inBackground(Runnable work) {
        try {
            background.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the pool is shut down: the app is closing
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
