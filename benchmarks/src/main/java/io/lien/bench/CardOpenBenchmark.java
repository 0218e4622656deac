package io.lien.bench;

import io.lien.app.I18n;
import io.lien.app.api.Dtos;
import io.lien.app.api.HttpLienApi;
import io.lien.app.offline.CardCache;
import io.lien.app.offline.DeviceStore;
import io.lien.app.offline.Outbox;
import io.lien.app.offline.TagCache;
import io.lien.app.view.MainView;
import io.lien.app.viewmodel.ClientCardViewModel;
import io.lien.app.viewmodel.FollowUpsViewModel;
import io.lien.app.viewmodel.InStoreViewModel;
import io.lien.app.viewmodel.MomentsViewModel;
import io.lien.app.viewmodel.NoteViewModel;
import io.lien.app.viewmodel.OutboxViewModel;
import io.lien.app.viewmodel.Screens;
import io.lien.app.viewmodel.SelectionViewModel;
import io.lien.app.viewmodel.Session;
import io.lien.app.viewmodel.ToPutAsideViewModel;
import io.lien.app.viewmodel.UiThread;
import io.lien.server.Application;
import io.lien.server.mqtt.BrokerAddress;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Issue 6: a client card opens in ≤ 300 ms from the tap, with a large database. The real app —
 * its ViewModels, its main view on the JavaFX toolkit, its HTTP client — against a server holding
 * 100,000 clients and 5,000,000 events (seeded as for P3) under 1,000 background signals/s. Per
 * tap: from the tap's handler ({@code card.open}) to the end of the layout pass of the first pulse
 * that shows that client's card (the frame drawn right after it). Needs a display: {@code xvfb-run -a ./mvnw install -DskipTests -Pbench-card}
 * (args: clients, events, taps).
 */
public final class CardOpenBenchmark {

    private CardOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
        int taps = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path data = Files.createTempDirectory("lien-card-bench");
        ApplicationContext server = Application.start(Map.of("lien.data-dir", data.toString(),
                "lien.mqtt.embedded-port", 0, "micronaut.server.port", -1));
        String base = "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort();
        long seeding = System.nanoTime();
        TimelineBenchmark.seed(DelegatingDataSource.unwrapDataSource(server.getBean(DataSource.class)), clients, events);
        System.out.printf("%nseeded %,d clients and %,d events in %.0f s%n", clients, events, (System.nanoTime() - seeding) / 1e9);

        HttpLienApi api = new HttpLienApi(URI.create(base));
        api.signIn("lea", "lien-demo");
        Session session = new Session(api, api.me());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        ExecutorService io = Executors.newFixedThreadPool(2);
        UiThread threads = new UiThread(io, Platform::runLater);
        I18n i18n = new I18n(Locale.ENGLISH);
        ZoneId zone = ZoneId.of("Europe/Paris");
        DeviceStore device = new DeviceStore(data.resolve("tablet"));
        Outbox outbox = new Outbox(device, api);
        ClientCardViewModel card = new ClientCardViewModel(api, threads, i18n, zone, new CardCache(device), System::currentTimeMillis);
        MomentsViewModel moments = new MomentsViewModel(api, "demo", "lea", threads, i18n, zone);
        Screens screens = new Screens(session, moments, new InStoreViewModel(api, "demo", threads, i18n, System::currentTimeMillis),
                card, new NoteViewModel(api, outbox, new TagCache(device), threads, i18n, System::currentTimeMillis),
                new SelectionViewModel(api, threads, i18n, zone),
                new FollowUpsViewModel(api, outbox, threads, i18n, () -> LocalDate.now(zone)), new OutboxViewModel(outbox, threads, i18n),
                new ToPutAsideViewModel(api, "demo", threads, i18n, zone), new io.lien.app.viewmodel.WeekViewModel(api, "demo", threads, i18n));
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = new Scene(new MainView(screens, i18n), 1280, 800);
            scene.getStylesheets().add(io.lien.app.LienApp.class.getResource("lien.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            moments.start();
            shown.complete(scene);
        });
        Scene scene = shown.get(30, TimeUnit.SECONDS);

        BackgroundGateway load = new BackgroundGateway(server.getBean(BrokerAddress.class).uri(),
                CentralSignIn.options(server, "demo", "gw-background"), 1_000);
        load.start();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 30; i++) {
            tap(scene, card, TimelineBenchmark.clientId(random.nextInt(clients))); // warm-up
        }
        List<Double> ms = new ArrayList<>();
        long sentBefore = load.sent.get();
        long measuring = System.nanoTime();
        for (int i = 0; i < taps; i++) {
            ms.add(tap(scene, card, TimelineBenchmark.clientId(random.nextInt(clients))));
            if (i % 20 == 0) {
                System.out.printf("\rtaps %d/%d", i, taps);
            }
        }
        double rate = (load.sent.get() - sentBefore) / ((System.nanoTime() - measuring) / 1e9);
        load.stop();
        Collections.sort(ms);
        System.out.printf("%nClient card from the tap to the screen — %,d clients, %,d events, %,.0f background signals/s%n",
                clients, events, rate);
        System.out.printf("%,d taps; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (target: 300 ms)%n", ms.size(),
                Percentile.of(ms, 50), Percentile.of(ms, 95), Percentile.of(ms, 99), ms.get(ms.size() - 1));
        Platform.exit();
        io.shutdownNow();
        server.close();
        System.exit(0);
    }

    /** One tap: the time until the first pulse after the card shows {@code clientId} has rendered. */
    private static double tap(Scene scene, ClientCardViewModel card, String clientId) throws Exception {
        CompletableFuture<Long> rendered = new CompletableFuture<>();
        long[] tapped = new long[1];
        Platform.runLater(() -> {
            Runnable[] pulse = new Runnable[1];
            pulse[0] = () -> {
                Dtos.ClientCard shown = card.card().get();
                if (shown != null && shown.id().equals(clientId)) {
                    scene.removePostLayoutPulseListener(pulse[0]);
                    rendered.complete(System.nanoTime());
                }
            };
            scene.addPostLayoutPulseListener(pulse[0]);
            tapped[0] = System.nanoTime();
            card.open(clientId);
        });
        long done = rendered.get(30, TimeUnit.SECONDS);
        return (done - tapped[0]) / 1e6;
    }
}
