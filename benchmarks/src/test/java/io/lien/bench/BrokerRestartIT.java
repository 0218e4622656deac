package io.lien.bench;

import io.lien.gateway.EdgeGateway;
import io.lien.bench.HangerFleet;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.cleaning.DeviceRateLimiter;
import io.lien.gateway.outage.MosquittoProcess;
import io.lien.server.Application;
import io.lien.server.signals.SignalRepository;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Broker restart: consumption resumes within 5 s, 0 lost", with the central broker a Mosquitto
 * (a process of the test's own, persistence on, as a real central broker is run). The demo's
 * hangers press through the gateway while the broker is stopped and started again; the server
 * must take up consumption within 5 s of the broker answering, and at the end every press the
 * gateway acknowledged is in the database once. (With the embedded broker, the broker restarts
 * with the server: that is {@link ServerKillIT}.)
 */
class BrokerRestartIT {

    static final int PRESSES = 3_000;

    @ParameterizedTest(name = "shared subscription: {0}")
    @ValueSource(booleans = {false, true})
    void aMosquittoRestartUnderTrafficLosesNothingAndConsumptionResumesWithinFiveSeconds(boolean shared) throws Exception {
        Assumptions.assumeTrue(MosquittoProcess.installed(), "No mosquitto binary to play the central broker — skipped, not passed");
        Path dir = Files.createTempDirectory("lien-broker-restart");
        Files.createDirectories(dir.resolve("central"));
        try (MosquittoProcess central = new MosquittoProcess(dir.resolve("central"))) {
            central.start();
            ApplicationContext server = Application.start(serverProperties(dir, central.uri(), shared));
            EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", "gw-restart", central.uri(), dir.resolve("gw"))
                    .withSessionExpiry(300).withEmbeddedLan("127.0.0.1", 0)
                    .withRateLimit(new DeviceRateLimiter.Settings(10_000, 10_000))
                    .withUplinkSecret(CentralSignIn.secret(server, "demo", "gw-restart"))); // its messages signed (decision 0028)
            SignalRepository signals = server.getBean(SignalRepository.class);
            try (HangerFleet fleet = new HangerFleet(gateway.lanUri())) {
                fleet.press(PRESSES / 3);
                central.stop();
                await().atMost(Duration.ofSeconds(15)).until(() -> !gateway.metrics().uplinkConnected());
                fleet.press(PRESSES / 3); // journalled by the gateway while the broker is away
                long storedWhileDown = stableCount(signals);

                central.start();
                long back = System.nanoTime();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                        .until(() -> presses(signals) > storedWhileDown);
                double resumedAfter = (System.nanoTime() - back) / 1e9;
                System.out.printf("consumption resumed %.2f s after the broker answered (shared subscription: %s)%n", resumedAfter, shared);

                fleet.press(PRESSES - 2 * (PRESSES / 3));
                await().atMost(Duration.ofSeconds(120)).until(() -> fleet.allAnswered() && gateway.pendingUplink() == 0);
                assertEquals(0, fleet.failed(), "every press acknowledged to its hanger");
                try {
                    await().atMost(Duration.ofSeconds(60)).until(() -> presses(signals) >= PRESSES);
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    throw new AssertionError(presses(signals) + " of " + PRESSES + " presses stored; data in " + dir, e);
                }
                System.out.printf("uplink messages taken by the broker with no server subscribed, sent again: %d%n",
                        gateway.metrics().uplinkUnheardCount());
                assertEquals(PRESSES, presses(signals), "every acknowledged press stored once (0 lost, 0 doubled)");
                assertTrue(resumedAfter <= 5.0, "consumption resumed " + resumedAfter + " s after the broker came back");
            } finally {
                gateway.close();
                server.close();
            }
        }
    }

    private static Map<String, Object> serverProperties(Path dir, String brokerUri, boolean shared) {
        Map<String, Object> props = new HashMap<>();
        props.put("lien.data-dir", dir.resolve("server").toString());
        props.put("micronaut.server.port", -1);
        props.put("lien.mqtt.embedded", false);
        props.put("lien.mqtt.uri", brokerUri);
        props.put("lien.mqtt.client-id", "lien-server-restart");
        props.put("lien.mqtt.session-expiry-seconds", 300);
        props.put("lien.mqtt.shared-subscription", shared);
        return props;
    }

    private static long presses(SignalRepository signals) {
        return signals.countByStoreIdAndType("demo", "hanger.button");
    }

    /** The count once it stops moving: what reached the server before the broker went away. */
    private static long stableCount(SignalRepository signals) {
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long now = presses(signals);
            boolean still = now == last[0];
            last[0] = now;
            return still;
        });
        return last[0];
    }
}
