package io.lien.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line:
 * <pre>
 * SimulatorMain [--broker tcp://127.0.0.1:1883] [--store demo] [--scenario demo|large] [--shoppers 400]
 *               [--seed 42] [--speed 1] [--once] [--faults none|harsh] [--truth truth.csv]
 * </pre>
 * {@code large} is 3,000 hangers, 60 beacons, 20 readers, 10 fixtures; {@code harsh} is 2 % LAN
 * loss, 2 % repeats, 2 reboots per device-hour, ±2 s clocks and one hanger flooding at 200/s;
 * {@code --truth} writes where each shopper really was each second (CSV).
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        Map<String, String> opts = parse(args);
        String store = opts.getOrDefault("store", "demo");
        boolean large = opts.getOrDefault("scenario", "demo").equals("large");
        int shoppers = Integer.parseInt(opts.getOrDefault("shoppers", "400"));
        Scenario scenario = large ? Scenario.large(store, shoppers, 600) : Scenario.demo(store);
        GroundTruthFile truth = opts.containsKey("truth") ? new GroundTruthFile(Path.of(opts.get("truth"))) : null;
        Simulator sim = new Simulator(new MqttDeviceLink(opts.getOrDefault("broker", "tcp://127.0.0.1:1883")), scenario,
                Long.parseLong(opts.getOrDefault("seed", "42")), Double.parseDouble(opts.getOrDefault("speed", "1")),
                !opts.containsKey("once"))
                .withFaults(opts.getOrDefault("faults", "none").equals("harsh") ? Faults.harsh() : Faults.NONE)
                .recordingTruth(truth == null ? GroundTruth.NONE : truth);
        if (large) {
            sim.showingProgress(1_800);
        }
        sim.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            closeQuietly(truth);
        }));
        sim.awaitEnd();
        closeQuietly(truth);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--once")) {
                opts.put("once", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opts.put(args[i].substring(2), args[++i]);
            } else {
                System.err.println("usage: SimulatorMain [--broker uri] [--store id] [--scenario demo|large] [--shoppers n]"
                        + " [--seed n] [--speed x] [--once] [--faults none|harsh] [--truth file.csv]");
                System.exit(2);
            }
        }
        return opts;
    }

    private static void closeQuietly(GroundTruthFile truth) {
        if (truth != null) {
            try {
                truth.close();
            } catch (IOException e) {
                // the run is over; nothing to save it for
            }
        }
    }
}
