package io.lien.launcher;

import io.lien.app.LienApp;
import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.server.Application;
import io.lien.server.demo.DemoStore;
import io.lien.server.mqtt.BrokerAddress;
import io.lien.sim.MqttDeviceLink;
import io.lien.sim.Simulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A whole demo store in one process: the server (embedded MQTT broker, H2 under ./data, the demo
 * store), the store's edge gateway, the firmware simulator playing the demo in real time, and the
 * advisor app. Options: {@code --headless} (no window), {@code --port N}, {@code --broker-port N},
 * {@code --data DIR}, {@code --speed X}, {@code --seed N}.
 */
public final class Lien {

    private Lien() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Options o = Options.parse(args);
        Map<String, Object> props = new HashMap<>();
        props.put("lien.data-dir", o.dataDir().toString());
        props.put("micronaut.server.port", portOrFree(o.httpPort()));
        props.put("lien.mqtt.embedded-port", portOrFree(o.brokerPort()));
        ApplicationContext server = Application.start(props);
        long serverReadyMs = (System.nanoTime() - started) / 1_000_000;
        String broker = server.getBean(BrokerAddress.class).uri();
        String http = "http://localhost:" + server.getBean(EmbeddedServer.class).getPort();
        // the store's devices talk to the gateway's own broker, each with its secret (decision 0008)
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", "gw-demo-1", broker, o.dataDir().resolve("gateway"))
                .withEmbeddedLan("127.0.0.1", 0));
        Simulator simulator = new Simulator(new MqttDeviceLink(gateway.lanUri()), "demo", o.seed(), o.speed(), true).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            gateway.close();
            server.close();
            stopped.countDown();
        }, "lien-shutdown"));
        banner(http, broker, gateway, o, serverReadyMs);
        boolean window = !o.headless() && hasDisplay();
        if (window) {
            javafx.application.Application.launch(LienApp.class, "--server=" + http, "--user=lea",
                    "--password=" + DemoStore.PASSWORD, "--sign-in");
            System.exit(0);
        }
        if (!o.headless()) {
            System.out.println("No display found: running without the app window (use --headless to say so).");
        }
        stopped.await();
    }

    private static void banner(String http, String broker, EdgeGateway gateway, Options o, long serverReadyMs) {
        System.out.println();
        System.out.println("  Lien is running — demo store \"Lien Démo — Le Marais\" (server ready in " + serverReadyMs + " ms)");
        System.out.println("  API and live feed   " + http + "   (health: " + http + "/health)");
        System.out.println("  Sign in             advisor lea / " + DemoStore.PASSWORD + "    manager marc / " + DemoStore.PASSWORD);
        System.out.println("  Shoppers            camille.laurent@example.org / " + DemoStore.PASSWORD
                + "  (their consents and who looked at their profile: /api/shopper/…)");
        System.out.println("  Central MQTT broker " + broker + "   (embedded, MQTT 5)");
        System.out.println("  Store broker        " + gateway.lanUri() + "   (in the gateway; devices sign in with their secret)");
        System.out.println("  Edge gateway        http://localhost:" + gateway.healthPort() + "/health   (and /metrics)");
        System.out.println("  Data                " + o.dataDir().toAbsolutePath());
        System.out.println("  Simulator           3 shoppers, 40 hangers, 6 beacons, 2 readers, 1 mirror — at " + o.speed() + "× real time");
        System.out.println("  Try                 curl -s -XPOST " + http + "/login -H 'Content-Type: application/json' "
                + "-d '{\"username\":\"lea\",\"password\":\"" + DemoStore.PASSWORD + "\"}'");
        System.out.println("  Stop                Ctrl+C");
        System.out.println();
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase();
        return !os.contains("linux") || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    /** The wanted port if it is free, otherwise any free one: machines are shared. */
    static int portOrFree(int wanted) {
        try (ServerSocket s = new ServerSocket(wanted)) {
            return s.getLocalPort();
        } catch (IOException busy) {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("no free port", e);
            }
        }
    }

    record Options(boolean headless, int httpPort, int brokerPort, Path dataDir, double speed, long seed) {
        static Options parse(String[] args) {
            boolean headless = false;
            int http = 8080;
            int broker = 18830;
            Path data = Path.of("data");
            double speed = 1;
            long seed = 42;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--headless" -> headless = true;
                    case "--port" -> http = Integer.parseInt(args[++i]);
                    case "--broker-port" -> broker = Integer.parseInt(args[++i]);
                    case "--data" -> data = Path.of(args[++i]);
                    case "--speed" -> speed = Double.parseDouble(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (options: --headless --port N --broker-port N --data DIR --speed X --seed N)");
                }
            }
            return new Options(headless, http, broker, data, speed, seed);
        }
    }
}
