package io.lien.launcher;

import io.lien.app.api.Dtos;
import io.lien.sim.DeviceScreens;
import io.lien.sim.MqttDeviceLink;
import io.lien.sim.Simulator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One round trip, both directions, through the product as shipped: a hanger's help button →
 * gateway → server → the advisor's tablet; the advisor's "I'm on it" → server → gateway → the
 * hanger's screen ("Léa arrive", LED on). And the simulator's devices show what the server drew.
 */
class DisplaysEndToEndIT {

    @Test
    void aHangersHelpButtonReachesTheTabletAndTheAdvisorsAnswerLightsTheHanger() throws Exception {
        try (DemoStoreFixture store = new DemoStoreFixture(null)) {
            Map<String, String> shown = new ConcurrentHashMap<>();
            try (MqttDeviceLink hanger = new MqttDeviceLink(store.gateway.lanUri())) {
                hanger.showDisplays(id -> "dev/hanger/" + id + "/display", shown::put);
                hanger.prepare(java.util.List.of("h-024"));
                // retained on the store broker: the hanger sees its display as soon as it listens
                await().atMost(Duration.ofSeconds(15)).until(() -> shown.getOrDefault("h-024", "").contains("Ici : "));

                hanger.publish("h-024", "dev/hanger/h-024/button",
                        "{\"boot\":7,\"seq\":0,\"ts\":" + System.currentTimeMillis() + ",\"button\":\"help\"}", 1);
                await().atMost(Duration.ofSeconds(10)).until(() -> shown.get("h-024").contains("Demande transmise")
                        && shown.get("h-024").contains("\"blink\""));
                await().atMost(Duration.ofSeconds(10)).until(() -> store.moments.stream().anyMatch(m -> m.kind().equals("HELP")));
                Dtos.Moment help = store.moments.stream().filter(m -> m.kind().equals("HELP")).findFirst().orElseThrow();

                store.api.claim(store.storeId, help.id());
                await().atMost(Duration.ofSeconds(10)).until(() -> shown.get("h-024").contains("Léa arrive")
                        && shown.get("h-024").contains("\"on\""));
            }
        }
    }

    @Test
    void theSimulatorsDevicesShowWhatTheServerDrew() throws Exception {
        try (DemoStoreFixture store = new DemoStoreFixture(null)) {
            store.startSimulator(4.0);
            Simulator simulator = store.simulator();
            DeviceScreens screens = simulator.screens();
            await().atMost(Duration.ofSeconds(30)).until(() -> screens.of("h-003").isPresent() && screens.of("mirror-1").isPresent());
            assertTrue(screens.of("h-003").get().startsWith("[Ici : 36 38 40 42 | "), screens.of("h-003").get());
            // Camille takes the navy trench (h-003) to fitting room 1 and asks the mirror for a 40
            await().atMost(Duration.ofSeconds(60)).until(() -> screens.of("mirror-1").orElse("").contains("Trench bleu marine"));
            await().atMost(Duration.ofSeconds(60)).until(() -> screens.of("mirror-1").orElse("").contains("le 40"));
        }
    }
}
