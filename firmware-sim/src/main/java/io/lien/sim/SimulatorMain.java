package io.lien.sim;

import java.util.HashMap;
import java.util.Map;

/**
 * Command line: {@code SimulatorMain --broker tcp://127.0.0.1:1883 --store demo --seed 42 --speed 1 --once}.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--once")) {
                opts.put("once", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opts.put(args[i].substring(2), args[++i]);
            } else {
                System.err.println("usage: SimulatorMain [--broker uri] [--store id] [--seed n] [--speed x] [--once]");
                System.exit(2);
            }
        }
        Simulator sim = new Simulator(new MqttDeviceLink(opts.getOrDefault("broker", "tcp://127.0.0.1:1883")),
                opts.getOrDefault("store", "demo"), Long.parseLong(opts.getOrDefault("seed", "42")),
                Double.parseDouble(opts.getOrDefault("speed", "1")), !opts.containsKey("once")).start();
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        while (sim.isRunning()) {
            Thread.sleep(500);
        }
    }
}
