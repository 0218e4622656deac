package io.lien.launcher;

import io.lien.sim.Faults;
import io.lien.sim.GroundTruth;
import io.lien.sim.GroundTruthFile;
import io.lien.sim.MqttDeviceLink;
import io.lien.sim.Scenario;
import io.lien.sim.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A store's devices and shoppers, speaking the device protocol to a store broker. */
@Command(name = "sim", mixinStandardHelpOptions = true, versionProvider = LienVersion.class,
        description = {"Simulates a store's devices and shoppers to the letter of the device protocol (seeded).",
                "demo: 3 shoppers, 40 hangers, 6 beacons, 2 readers, 1 mirror. large: 3,000 hangers, 60 beacons, 20 readers, "
                + "10 fixtures. harsh faults: 2 % LAN loss, 2 % repeats, 2 reboots per device-hour, ±2 s clocks, one flooding hanger."})
final class SimCommand implements Callable<Integer> {

    enum Kind { demo, large }

    enum FaultKind { none, harsh }

    @Spec
    CommandSpec spec;

    @Option(names = "--broker", paramLabel = "URI", defaultValue = "tcp://127.0.0.1:1883",
            description = "the store broker (the gateway's LAN side) (default: ${DEFAULT-VALUE})")
    String broker;

    @Option(names = "--store", paramLabel = "ID", defaultValue = "demo", description = "the store's id (default: ${DEFAULT-VALUE})")
    String store;

    @Option(names = "--scenario", defaultValue = "demo", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Kind scenario;

    @Option(names = "--shoppers", paramLabel = "N", defaultValue = "400", description = "shoppers of the large scenario (default: ${DEFAULT-VALUE})")
    int shoppers;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "(default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", description = "× real time (default: ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--once", description = "play the scenario once instead of looping")
    boolean once;

    @Option(names = "--faults", defaultValue = "none", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    FaultKind faults;

    @Option(names = "--truth", paramLabel = "FILE", description = "write where each shopper really was each second (CSV)")
    Path truth;

    @Override
    public Integer call() throws Exception {
        if (!store.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new ParameterException(spec.commandLine(), "--store must be 1–32 letters, digits, - or _ (device protocol), not " + store);
        }
        if (shoppers < 1 || shoppers > 10_000) {
            throw new ParameterException(spec.commandLine(), "--shoppers must be 1–10000, not " + shoppers);
        }
        OptionChecks.speed(spec, speed);
        if (!broker.matches("(tcp|ssl|ws|wss)://[^\\s/:]+(:\\d{1,5})?/?")) {
            throw new ParameterException(spec.commandLine(), "--broker must be an address such as tcp://127.0.0.1:1883, not " + broker);
        }
        boolean large = scenario == Kind.large;
        Scenario played = large ? Scenario.large(store, shoppers, 600) : Scenario.demo(store);
        GroundTruthFile truthFile = truth == null ? null : new GroundTruthFile(truth);
        Simulator sim = new Simulator(new MqttDeviceLink(broker), played, seed, speed, !once)
                .withFaults(faults == FaultKind.harsh ? Faults.harsh() : Faults.NONE)
                .recordingTruth(truthFile == null ? GroundTruth.NONE : truthFile);
        if (large) {
            sim.showingProgress(1_800);
        }
        sim.start();
        StopSignal stop = new StopSignal(() -> {
            if (truthFile != null) {
                truthFile.close();
            }
        }, sim::close);
        sim.awaitEnd();
        stop.stopNow();
        return 0;
    }
}
