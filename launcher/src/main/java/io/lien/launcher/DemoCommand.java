package io.lien.launcher;

import io.lien.protocol.uplink.DeviceCredential;
import io.lien.app.LienApp;
import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.server.Application;
import io.lien.server.demo.DemoStore;
import io.lien.server.messages.application.Messenger;
import io.lien.server.mqtt.BrokerAddress;
import io.lien.sim.MqttDeviceLink;
import io.lien.sim.Simulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A whole demo store in one process: the server (embedded MQTT broker, H2 under ./data, the demo
 * store), the store's edge gateway, the firmware simulator playing the demo in real time, and the
 * advisor app.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = LienVersion.class,
        description = "Runs a whole demo store: server, store gateway, simulated shoppers and the advisor app.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--headless", description = "no app window (servers, CI)")
    boolean headless;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "HTTP port, or any free one if it is taken (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--broker-port", paramLabel = "N", defaultValue = "18830",
            description = "the embedded MQTT broker's port, or any free one if it is taken (default: ${DEFAULT-VALUE})")
    int brokerPort;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "where the data lives (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "simulated time, × real time (default: ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "the simulation's seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--history-days", paramLabel = "N", defaultValue = "30",
            description = "on first start, the past days of the store to generate for the insights (0: none; default: ${DEFAULT-VALUE})")
    int historyDays;

    @Option(names = "--history-visits", paramLabel = "N", defaultValue = "300",
            description = "visits a day in those past days (default: ${DEFAULT-VALUE})")
    int historyVisits;

    @Override
    public Integer call() throws Exception {
        OptionChecks.port(spec, port, "--port");
        OptionChecks.port(spec, brokerPort, "--broker-port");
        OptionChecks.speed(spec, speed);
        long started = System.nanoTime();
        Map<String, Object> props = new HashMap<>();
        props.put("lien.data-dir", data.toString());
        props.put("micronaut.server.port", OptionChecks.portOrFree(port));
        props.put("lien.mqtt.embedded-port", OptionChecks.portOrFree(brokerPort));
        if (historyDays < 0 || historyDays > 366 || historyVisits < 0 || historyVisits > 5_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--history-days must be 0 to 366 and --history-visits 0 to 5000");
        }
        if (historyDays > 0) {
            props.put("lien.order-intake.sources", DemoHistory.sources());
        }
        ApplicationContext server = Application.start(props);
        long serverReadyMs = (System.nanoTime() - started) / 1_000_000;
        String broker = server.getBean(BrokerAddress.class).uri();
        String http = "http://localhost:" + server.getBean(EmbeddedServer.class).getPort();
        // the store's devices talk to the gateway's own broker, each with its secret (decision 0008)
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", DemoStore.GATEWAY, broker, data.resolve("gateway"))
                .withUplinkSecret(DeviceCredential.demoSecret(DemoStore.GATEWAY))
                .withEmbeddedLan("127.0.0.1", 0));
        Simulator simulator = new Simulator(new MqttDeviceLink(gateway.lanUri()), "demo", seed, speed, true).start();
        StopSignal stop = new StopSignal(server, gateway, simulator::close);
        DemoHistory.loadInBackground(server, broker, http, historyDays, historyVisits, seed);
        banner(http, broker, gateway, serverReadyMs, server.getBean(Messenger.class).mailDestination());
        boolean window = !headless && hasDisplay();
        if (window) {
            javafx.application.Application.launch(LienApp.class, "--server=" + http, "--user=lea",
                    "--password=" + DemoStore.PASSWORD, "--sign-in");
            return 0; // the window closed: System.exit runs the stop
        }
        if (!headless) {
            System.out.println("No display found: running without the app window (use --headless to say so).");
        }
        stop.await();
        return 0;
    }

    private void banner(String http, String broker, EdgeGateway gateway, long serverReadyMs, String mail) {
        System.out.println();
        System.out.println("  Lien is running — demo store \"Lien Démo — Le Marais\" (server ready in " + serverReadyMs + " ms)");
        System.out.println("  API and live feed   " + http + "   (health: " + http + "/health)");
        System.out.println("  Sign in             advisor lea / " + DemoStore.PASSWORD + "    manager marc / " + DemoStore.PASSWORD);
        System.out.println("  Manager's insights  " + http + "/insights   (marc; the past " + historyDays + " days load on first start)");
        System.out.println("  Back office         " + http + "/office     (head office ines / " + DemoStore.PASSWORD + ", or marc: open a store, its plan, devices, racks, people)");
        System.out.println("  Shoppers            camille.laurent@example.org / " + DemoStore.PASSWORD
                + "  (their own space: " + http + "/me)");
        System.out.println("  Outgoing e-mail     " + mail + "   (selections, receipts, 'ready': .eml files any mail client opens)");
        System.out.println("  Mirror's screen     " + http + "/fixtures/mirror-1/start?pass=mirror-1."
                + io.lien.server.displays.application.FixturePasses.DEMO_SECRET + "   (kiosk page of the fitting rooms' mirror)");
        System.out.println("  Test cards          4242 4242 4242 4242 approves, 4000 0000 0000 0002 declines, "
                + "4000 0000 0000 0341 fails at capture (docs/payments.md)");
        System.out.println("  Central MQTT broker " + broker + "   (embedded, MQTT 5)");
        System.out.println("  Store broker        " + gateway.lanUri() + "   (in the gateway; devices sign in with their secret)");
        System.out.println("  Edge gateway        http://localhost:" + gateway.healthPort() + "/health   (and /metrics)");
        System.out.println("  Data                " + data.toAbsolutePath());
        System.out.println("  Simulator           3 shoppers, 40 hangers, 6 beacons, 2 readers, 1 mirror — at " + speed + "× real time");
        System.out.println("  Try                 curl -s -XPOST " + http + "/login -H 'Content-Type: application/json' "
                + "-d '{\"username\":\"lea\",\"password\":\"" + DemoStore.PASSWORD + "\"}'");
        System.out.println("  Stop                Ctrl+C");
        System.out.println();
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase();
        return !os.contains("linux") || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
