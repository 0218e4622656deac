package io.lien.bench;

import io.lien.gateway.GatewayMetrics;
import io.lien.gateway.SignalCleaner;
import io.lien.gateway.cleaning.PresenceTracker;
import io.lien.bench.LayoutRegistry;
import io.lien.protocol.RejectReason;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.sim.DemoScenario;
import io.lien.sim.DeviceLink;
import io.lien.sim.Faults;
import io.lien.sim.ScenarioRunner;
import io.lien.sim.StoreLayout;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator's faults, fed to the gateway's pipeline in simulated time: each is counted for what it is. */
class FaultInjectionTest {

    private final StoreLayout layout = DemoScenario.layout("demo");
    private final GatewayMetrics metrics = new GatewayMetrics();
    private final SignalCleaner cleaner = new SignalCleaner(LayoutRegistry.of(layout),
            PresenceTracker.Settings.defaults(), metrics);
    private final List<UplinkEvent> events = new ArrayList<>();
    private long now;

    private ScenarioRunner play(Faults faults, int seconds) {
        DeviceLink link = new DeviceLink() {
            @Override
            public void publish(String deviceId, String topic, String payload, int qos) {
                events.addAll(cleaner.accept(topic, payload.getBytes(StandardCharsets.UTF_8), now));
            }

            @Override
            public void close() {
            }
        };
        ScenarioRunner runner = new ScenarioRunner(layout, DemoScenario.shoppers(), link, 42, 0).withFaults(faults);
        for (int s = 0; s < seconds; s++) {
            now = runner.now();
            runner.tick();
            events.addAll(cleaner.tick(now + 999));
        }
        return runner;
    }

    private long count(String type) {
        return events.stream().filter(e -> e.type().equals(type)).count();
    }

    @Test
    void aLossyRepeatingLanWithDriftingClocksIsCountedAndTheVisitStillComesThrough() {
        ScenarioRunner runner = play(new Faults(0.03, 0.03, 0, 2_000, 0), 300);
        assertTrue(runner.duplicated() > 0 && runner.lostOnLan() > 0);
        assertEquals(runner.duplicated(), metrics.duplicateCount(), "every repeat dropped, nothing else");
        assertTrue(metrics.lanLostCount() <= runner.lostOnLan() && metrics.lanLostCount() >= runner.lostOnLan() - 60,
                "seq gaps count what the LAN lost (" + metrics.lanLostCount() + " of " + runner.lostOnLan() + ")");
        assertEquals(0, metrics.rejectedCount(RejectReason.MALFORMED_JSON) + metrics.rejectedCount(RejectReason.OUT_OF_RANGE),
                "a drifting clock is not an error");
        for (String install : List.of(DemoScenario.CAMILLE_INSTALL, DemoScenario.SOPHIE_INSTALL, DemoScenario.ANONYMOUS_INSTALL)) {
            assertTrue(events.stream().anyMatch(e -> e instanceof UplinkEvent.ShopperPresence p && p.installId().equals(install)), install);
        }
        assertTrue(count(UplinkEvent.HangerLifted.TYPE) >= 2, "lifts still come through: " + count(UplinkEvent.HangerLifted.TYPE));
    }

    @Test
    void rebootsAreReportedAsSuch() {
        ScenarioRunner runner = play(new Faults(0, 0, 40, 0, 0), 600);
        long reported = events.stream().filter(e -> e instanceof UplinkEvent.DeviceHealth h && h.state().equals("rebooted")).count();
        assertTrue(runner.reboots() > 50, "reboots injected: " + runner.reboots());
        assertEquals(runner.bootChangesSent(), reported, "every new boot a device showed, once");
        assertEquals(0, metrics.duplicateCount(), "a new boot's seq 0 is not a repeat");
    }

    @Test
    void aFloodingHangerIsCutOffAndNobodyElseIsTouched() {
        ScenarioRunner runner = play(new Faults(0, 0, 0, 0, 200), 120);
        String rogue = layout.hangerIds().get(layout.hangerIds().size() - 1);
        long limited = metrics.rejectedCount(RejectReason.RATE_LIMITED);
        assertTrue(limited >= runner.flooded() - 30 - 10 * 120, "flood refused: " + limited + " of " + runner.flooded());
        assertEquals(limited, metrics.rejectedCount(rogue), "only the flooding hanger was refused");
        assertTrue(events.stream().anyMatch(e -> e instanceof UplinkEvent.HangerLifted l && l.hangerId().equals(DemoScenario.NAVY_TRENCH)),
                "Camille's lift still went through");
    }
}
