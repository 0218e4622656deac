package io.lien.bench;

import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.cleaning.DeviceRateLimiter;
import io.lien.bench.HangerFleet;
import io.lien.bench.ServerProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Short form of "kill -9 the server under load, restart: 0 lost, 0 doubled" (the long form is
 * {@code ServerKillBenchmark}). The server runs in its own process (embedded broker, H2 file); the
 * demo store's 40 hangers press their buttons as fast as the gateway takes them; the server is
 * SIGKILLed a third of the way in and restarted; at the end the rows in the database are counted
 * against what the devices were told was accepted.
 */
class ServerKillIT {

    static final int PRESSES = 6_000;
    /** The demo store's own gateway: the server runs in another process, and the demo gateway's secret is well known. */
    static final String GATEWAY = io.lien.server.demo.DemoStore.GATEWAY;

    /** Under target/, so the servers' logs are there to read after a failure. */
    private final Path dir = Path.of("target", "server-kill-it", Long.toString(System.currentTimeMillis(), 36)).toAbsolutePath();

    @Test
    void aServerKilledUnderLoadLosesNothingAndStoresNothingTwice() throws Exception {
        ServerProcess server = new ServerProcess(dir);
        server.start("server-1.log");
        awaitHealthy(server);
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", GATEWAY, server.brokerUri(), dir.resolve("gw"))
                .withEmbeddedLan("127.0.0.1", 0).withRateLimit(new DeviceRateLimiter.Settings(10_000, 10_000))
                .withUplinkSecret(io.lien.protocol.uplink.DeviceCredential.demoSecret(GATEWAY)));
        HangerFleet fleet = new HangerFleet(gateway.lanUri());
        int killAt = Integer.getInteger("killAt", PRESSES / 3);
        try {
            fleet.press(killAt);
            assertTrue(server.kill(), "SIGKILL ends the server");
            server.start("server-2.log");
            fleet.press(PRESSES - killAt);
            awaitHealthy(server);
            try {
                await().atMost(Duration.ofSeconds(120)).until(() -> fleet.allAnswered() && gateway.pendingUplink() == 0);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("acknowledged " + fleet.acknowledged() + ", failed " + fleet.failed() + ", journal pending "
                        + gateway.pendingUplink() + ", gateway " + gateway.metrics().snapshot() + "; logs in " + dir, e);
            }
            assertEquals(0, fleet.failed(), "every press acknowledged to its hanger");
            // the last events may still be between the broker and the database: wait until the
            // server's counters stop moving (the rows themselves are counted once it has stopped)
            String token = server.managerToken();
            String[] last = {""};
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                String now = server.get("/api/ingestion", token);
                boolean still = now.equals(last[0]) && now.contains("stored");
                last[0] = now;
                return still;
            });
            System.out.println("server counters after the restart: " + last[0]);
        } finally {
            fleet.close();
            gateway.close();
            server.stop();
        }
        long[] rows = server.storedRows(GATEWAY, "hanger.button");
        assertEquals(PRESSES, rows[0], "every acknowledged press stored (0 lost)");
        assertEquals(PRESSES, rows[1], "none stored twice");
    }

    private static void awaitHealthy(ServerProcess server) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> server.get("/health", null).contains("UP"));
    }
}
