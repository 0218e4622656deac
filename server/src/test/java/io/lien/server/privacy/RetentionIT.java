package io.lien.server.privacy;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import io.lien.server.signals.Signal;
import io.lien.server.signals.SignalRepository;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retention with short settings: the rule is the same as in production, only faster. */
class RetentionIT {

    private static ServerFixture server;
    private static GatewayFixture gateway;

    @BeforeAll
    static void start() throws MqttException {
        server = ServerFixture.start(Map.of("lien.privacy.anonymise-after", "1s", "lien.privacy.sweep-every", "1s",
                "lien.privacy.identified-signals-kept", "10d"));
        gateway = GatewayFixture.connect(server, "gw-retention");
    }

    @AfterAll
    static void stop() throws MqttException {
        gateway.close();
        server.close();
    }

    private static void presence(String install, String zone, String change) throws MqttException {
        gateway.send(new UplinkEvent.ShopperPresence(install, zone, change, 0));
    }

    private static List<Signal> presenceSignals() {
        return server.context().getBean(SignalRepository.class).findAll().stream()
                .filter(s -> s.type().equals("shopper.presence")).toList();
    }

    private static long withInstall(String prefix) {
        return presenceSignals().stream().filter(s -> s.deviceId().startsWith(prefix) && s.payload().contains("\"" + s.deviceId() + "\"")).count();
    }

    @Test
    void shoppersWithoutPresenceConsentLoseTheirInstallIdAndConsentingClientsKeepIt() throws MqttException {
        presence("inst-stranger", "denim", "enter");
        presence("inst-hugo", "knitwear", "enter");     // a client, but without presence consent
        presence("inst-camille", "coats", "enter");     // a client with presence consent
        presence("inst-stranger", "denim", "leave");
        await().atMost(Duration.ofSeconds(15)).until(() -> withInstall("inst-stranger") == 0 && withInstall("inst-hugo") == 0);
        assertEquals(3, withInstall("anon-"), "the stranger's two signals and Hugo's one, under random ids");
        assertEquals(2, presenceSignals().stream().filter(s -> s.deviceId().startsWith("anon-")).map(Signal::deviceId).distinct().count(),
                "one random id per shopper and sweep");
        assertEquals(1, withInstall("inst-camille"));
        assertTrue(presenceSignals().stream().noneMatch(s -> s.payload().contains("inst-stranger") || s.payload().contains("inst-hugo")));
    }

    @Test
    void presenceSignalsOlderThanTheRetentionAreDeleted() {
        SignalRepository signals = server.context().getBean(SignalRepository.class);
        long old = System.currentTimeMillis() - Duration.ofDays(11).toMillis();
        signals.save(new Signal(null, "demo", "gw-old", 1, old, old, "shopper.presence", "inst-camille",
                "{\"v\":1,\"store\":\"demo\",\"gateway\":\"gw-old\",\"seq\":1,\"ts\":" + old
                        + ",\"type\":\"shopper.presence\",\"data\":{\"installId\":\"inst-camille\",\"zone\":\"coats\",\"change\":\"enter\",\"dwellMs\":0}}"));
        await().atMost(Duration.ofSeconds(15)).until(() -> !signals.existsByGatewayIdAndSeq("gw-old", 1));
    }
}
