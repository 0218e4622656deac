package io.lien.launcher;

import io.lien.server.demo.DemoStore;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.app.I18n;
import io.lien.app.LienApp;
import io.lien.app.api.HttpLienApi;
import io.lien.app.view.SignInView;
import io.lien.app.viewmodel.SignInViewModel;
import io.lien.app.viewmodel.UiThread;
import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.server.Application;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.mqtt.BrokerAddress;
import io.lien.sim.MqttDeviceLink;
import io.lien.sim.Simulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Renders the advisor app's screens against a live demo store (server, gateway, simulator) into
 * PNG files. Needs a display: run it under Xvfb — see docs/screenshots/README.md.
 * Arguments: output folder, language suffix (e.g. "" or "-fr").
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        String suffix = args.length > 1 ? args[1] : "";
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("lien-shots");
        ApplicationContext server = Application.start(Map.of("lien.data-dir", data.toString(),
                "lien.mqtt.embedded-port", 0, "micronaut.server.port", -1, "lien.order-intake.sources", DemoHistory.sources()));
        String broker = server.getBean(BrokerAddress.class).uri();
        // the store's past week, for a manager's "This week" (through the real ingestion; no moment on the feed)
        DemoHistory.load(server, java.net.URI.create(broker), "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort(), 7, 300, 42);
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", DemoStore.GATEWAY, broker, data.resolve("gateway"))
                .withUplinkSecret(DeviceCredential.demoSecret(DemoStore.GATEWAY))
                .withEmbeddedLan("127.0.0.1", 0));
        Simulator simulator = new Simulator(new MqttDeviceLink(gateway.lanUri()), "demo", 42, 2.0, false).start();
        String http = "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort();
        new Thread(() -> javafx.application.Application.launch(LienApp.class, "--server=" + http, "--user=lea",
                "--password=lien-demo"), "fx-launch").start();
        try {
            Scene scene = waitFor(() -> Window.getWindows().isEmpty() ? null : Window.getWindows().get(0).getScene(), s -> s != null);
            waitFor(() -> scene.lookup("#signIn"), n -> n != null);
            shoot(scene, out.resolve("app-sign-in" + suffix + ".png"));
            fx(() -> {
                ((Button) scene.lookup("#signIn")).fire();
                return null;
            });
            waitFor(() -> scene.getRoot().lookup("#moments"), n -> n != null);
            ListView<?> moments = (ListView<?>) scene.getRoot().lookup("#moments");
            // wait until the demo visit has produced its first moments: arrivals, lifts, a try-on, the mirror
            waitFor(() -> moments.getItems().size(), n -> n >= 7, 90);
            shoot(scene, out.resolve("app-live-feed" + suffix + ".png"));
            fx(() -> {
                for (int i = 0; i < moments.getItems().size(); i++) {
                    if (moments.getItems().get(i).toString().contains("c-camille")) {
                        moments.getSelectionModel().select(i);
                        break;
                    }
                }
                moments.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                        false, false, false, false, true, false, false, true, false, false, null));
                return null;
            });
            waitFor(() -> ((Label) scene.getRoot().lookup("#cardName")).getText(), t -> !t.isBlank());
            waitFor(() -> ((ListView<?>) scene.getRoot().lookup("#cardTimeline")).getItems().size(), n -> n > 0);
            shoot(scene, out.resolve("app-client-card" + suffix + ".png"));
            press(scene, "#cardNote");
            waitFor(() -> scene.getRoot().lookup("#noteTags").lookupAll(".tag").size(), n -> n > 2);
            fx(() -> {
                ((ToggleButton) scene.getRoot().lookup("#noteTags").lookupAll(".tag").toArray()[2]).setSelected(true);
                ((TextArea) scene.getRoot().lookup("#noteText")).setText(suffix.isEmpty() ? "Navy trench in 38 for Inès's birthday"
                        : "Trench marine en 38 pour l'anniversaire d'Inès");
                return null;
            });
            shoot(scene, out.resolve("app-note" + suffix + ".png"));
            press(scene, "#noteSave");
            press(scene, "#cardSelection");
            ListView<?> pieces = (ListView<?>) scene.getRoot().lookup("#selectionPieces");
            waitFor(() -> pieces.getItems().size(), n -> n > 3);
            fx(() -> {
                ((io.lien.app.viewmodel.SelectionViewModel.Candidate) pieces.getItems().get(0)).picked().set(true);
                ((TextArea) scene.getRoot().lookup("#selectionMessage")).setText(suffix.isEmpty()
                        ? "The trench you tried today, and the scarf that goes with it." : "Le trench essayé aujourd'hui, et le foulard qui va avec.");
                return null;
            });
            shoot(scene, out.resolve("app-selection" + suffix + ".png"));
            press(scene, "#selectionSend");
            waitFor(() -> scene.getRoot().lookup("#selectionSaid").isVisible(), v -> v);
            if (suffix.isEmpty()) {
                String link = http + "/s/" + server.getBean(SelectionRepository.class).findByClientIdOrderByCreatedAtDesc("c-camille").get(0).id();
                phone(link, out.resolve("selection-page.png"));
            }
            press(scene, "#cardFollowUp");
            fx(() -> {
                ((javafx.scene.control.TextField) scene.getRoot().lookup("#followUpText")).setText(suffix.isEmpty()
                        ? "Call when the trench is back in 38" : "Appeler quand le trench revient en 38");
                return null;
            });
            shoot(scene, out.resolve("app-follow-up" + suffix + ".png"));
            press(scene, "#followUpSave");
            press(scene, "#navFollowUps");
            waitFor(() -> ((ListView<?>) scene.getRoot().lookup("#followUps")).getItems().size(), n -> n > 1);
            shoot(scene, out.resolve("app-follow-ups" + suffix + ".png"));
            // Camille reserves a piece of the selection to try on, from her phone: the store's list to put aside
            var sent = server.getBean(SelectionRepository.class).findByClientIdOrderByCreatedAtDesc("c-camille").get(0);
            String variant = server.getBean(io.lien.server.stock.application.Availability.class).of(sent.products().get(0)).stream()
                    .filter(l -> l.locationId().equals("demo") && l.available() > 0).findFirst().orElseThrow().variantId();
            server.getBean(io.lien.server.orders.application.ReservingToTry.class).reserve(sent.id(), variant, "demo",
                    java.util.UUID.randomUUID().toString());
            press(scene, "#navToPutAside");
            waitFor(() -> ((ListView<?>) scene.getRoot().lookup("#toPutAside")).getItems().size(), n -> n > 0);
            shoot(scene, out.resolve("app-to-put-aside" + suffix + ".png"));
            press(scene, "#navLive");
            // "I'm on it" on the newest moment that asks for someone
            waitFor(() -> scene.getRoot().lookupAll(".claim").size(), n -> n > 0);
            press(scene, ".claim");
            waitFor(() -> scene.getRoot().lookupAll(".chip-claimed").size(), n -> n > 0);
            shoot(scene, out.resolve("app-claimed" + suffix + ".png"));
            // the large tablet: 2048 × 1536
            fx(() -> {
                scene.getWindow().setWidth(2048);
                scene.getWindow().setHeight(1536);
                return null;
            });
            shoot(scene, out.resolve("app-large-tablet" + suffix + ".png"));
            storePicker(http, out.resolve("app-store-picker" + suffix + ".png"));
            week(http, out.resolve("app-week" + suffix + ".png"));
        } finally {
            Platform.exit();
            simulator.close();
            gateway.close();
            server.close();
        }
        System.exit(0);
    }

    /** Marc manages two stores: the picker his sign-in leads to, in a window of its own (the app launches once per JVM). */
    private static void storePicker(String http, Path png) throws Exception {
        I18n i18n = I18n.fromDevice();
        UiThread threads = new UiThread(work -> new Thread(work, "shots-io").start(), Platform::runLater);
        Scene picker = fx(() -> {
            SignInViewModel marc = new SignInViewModel(HttpLienApi::new, threads, i18n);
            marc.server().set(http);
            marc.username().set("marc");
            marc.password().set("lien-demo");
            Scene scene = new Scene(new StackPane(new SignInView(marc, i18n, session -> { })), 1280, 800);
            scene.getStylesheets().add(LienApp.class.getResource("lien.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            marc.signIn(session -> { });
            return scene;
        });
        waitFor(() -> picker.lookup("#store-demo-lyon"), n -> n != null);
        shoot(picker, png);
    }

    /** A manager's "This week" (Marc, the demo store), in a window of its own. */
    private static void week(String http, Path png) throws Exception {
        I18n i18n = I18n.fromDevice();
        UiThread threads = new UiThread(work -> new Thread(work, "shots-io").start(), Platform::runLater);
        io.lien.app.api.HttpLienApi api = new io.lien.app.api.HttpLienApi(java.net.URI.create(http), i18n.locale());
        api.signIn("marc", "lien-demo");
        io.lien.app.viewmodel.WeekViewModel vm = new io.lien.app.viewmodel.WeekViewModel(api, "demo", threads, i18n);
        Scene scene = fx(() -> {
            Scene s = new Scene(io.lien.app.view.WeekView.screen(vm, i18n), 1280, 800);
            s.getStylesheets().add(LienApp.class.getResource("lien.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(s);
            stage.show();
            vm.refresh();
            return s;
        });
        waitFor(() -> ((ListView<?>) scene.getRoot().lookup("#week")).getItems().size(), n -> n > 4);
        shoot(scene, png);
    }

    /** The page as a phone shows it, in the machine's headless Chromium (skipped, said, when there is none). */
    private static void phone(String url, Path png) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(chromium)) {
            System.out.println("no Chromium: " + png + " not rendered (apt-get install -y chromium)");
            return;
        }
        Path profile = Files.createTempDirectory("lien-chromium");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--hide-scrollbars", "--force-device-scale-factor=2", "--window-size=412,760",
                "--screenshot=" + png.toAbsolutePath(), url).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor(60, TimeUnit.SECONDS);
        System.out.println("wrote " + png);
    }

    /** A tap on a button (or the first node matching), on the FX thread. */
    private static void press(Scene scene, String selector) throws Exception {
        waitFor(() -> scene.getRoot().lookup(selector), n -> n != null && !n.isDisabled());
        fx(() -> {
            ((ButtonBase) scene.getRoot().lookup(selector)).fire();
            return null;
        });
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        Thread.sleep(800);
        var image = fx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(20, TimeUnit.SECONDS);
    }

    private static <T> T waitFor(Callable<T> probe, Predicate<T> ready) throws Exception {
        return waitFor(probe, ready, 30);
    }

    private static <T> T waitFor(Callable<T> probe, Predicate<T> ready, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                T value = fx(probe);
                if (ready.test(value)) {
                    return value;
                }
            } catch (IllegalStateException | NullPointerException e) {
                // toolkit or window not up yet
            }
            Thread.sleep(250);
        }
        throw new IOException("the app did not reach the expected state within " + seconds + " s");
    }
}
