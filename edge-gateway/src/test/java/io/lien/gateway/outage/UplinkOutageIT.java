package io.lien.gateway.outage;

import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.GatewayMain;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.protocol.uplink.UplinkTopics;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Store-and-forward, short form (the 30-minute run is a benchmark): the central broker goes away,
 * the store keeps trading, the broker comes back — and, in the second test, the gateway process is
 * killed with SIGKILL in the middle. Nothing accepted is lost, nothing is stored twice, each
 * device's events keep their order.
 */
class UplinkOutageIT {

    static final String LAN = "tcp://127.0.0.1:1883";
    static final int ROUNDS = 10;

    @TempDir
    Path dir;
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final StoreTraffic traffic = new StoreTraffic(run, 20);
    private final String gatewayId = "gwo-" + run;
    private MosquittoProcess central;
    private CentralRecorder recorder;

    @BeforeEach
    void centralBroker() throws Exception {
        Assumptions.assumeTrue(answers(1883), "No MQTT broker answers on 127.0.0.1:1883 (the store LAN) — skipped, not passed");
        Assumptions.assumeTrue(MosquittoProcess.installed(), "No mosquitto binary to play the central broker — skipped, not passed");
        Files.createDirectories(dir.resolve("central"));
        central = new MosquittoProcess(dir.resolve("central"));
        central.start();
        MqttClient server = new MqttClient(central.uri(), "registry-" + run, new MemoryPersistence());
        server.connect();
        server.publish(UplinkTopics.registry(traffic.storeId), traffic.registry().toJson().getBytes(StandardCharsets.UTF_8), 1, true);
        server.disconnect();
        server.close();
        recorder = new CentralRecorder(central.uri(), "central-" + run, UplinkTopics.events(traffic.storeId, gatewayId));
    }

    @AfterEach
    void stop() throws Exception {
        if (recorder != null) {
            recorder.close();
        }
        if (central != null) {
            central.close();
        }
    }

    @Test
    void anUplinkOutageLosesNothingDoublesNothingAndKeepsEachDevicesOrder() throws Exception {
        GatewayConfig config = GatewayConfig.of(traffic.storeId, gatewayId, LAN, dir.resolve("gw")).withUplink(central.uri())
                .withSessionExpiry(60);
        try (EdgeGateway gateway = EdgeGateway.start(config)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.metrics().uplinkConnected());
            central.stop();
            int expected = traffic.send(LAN, ROUNDS);
            await().atMost(Duration.ofSeconds(20)).until(() -> gateway.pendingUplink() == expected);
            assertEquals(0, recorder.unique.size(), "nothing got through while the uplink was down");

            central.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> recorder.unique.size() >= expected);
            assertDelivered(expected);
            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.pendingUplink() == 0);
            // the backlog goes up many events per message, never more than a batch holds
            long messages = gateway.metrics().uplinkMessageCount();
            assertTrue(messages * 10 <= expected, messages + " messages for " + expected + " events");
            assertTrue(messages * UplinkMessage.MAX_EVENTS >= expected, messages + " messages for " + expected + " events");
        }
    }

    @Test
    void aGatewayKilledDuringTheOutageLosesNothingItHadAccepted() throws Exception {
        int health = freePort();
        Path props = writeGatewayProperties(health);
        Process gateway = startGateway(props, "gateway-1.log");
        await().atMost(Duration.ofSeconds(20)).until(() -> get(health, "/health").contains("\"uplinkConnected\":true"));
        central.stop();
        int expected = traffic.send(LAN, ROUNDS);
        await().atMost(Duration.ofSeconds(20)).until(() -> get(health, "/metrics").contains("\"journalPending\":" + expected + ","));
        // the same for Prometheus: the backlog and the uplink down, by store and gateway
        String prometheus = get(health, "/prometheus");
        assertTrue(prometheus.matches("(?s).*\nlien_gateway_journal_depth\\{[^}]*store=\"[^\"]+\"\\} " + expected + "\\.0\n.*"), prometheus);
        assertTrue(prometheus.matches("(?s).*\nlien_gateway_uplink_connected\\{[^}]*\\} 0\\.0\n.*"), prometheus);

        gateway.destroyForcibly();
        assertTrue(gateway.waitFor(10, TimeUnit.SECONDS));
        Process restarted = startGateway(props, "gateway-2.log");
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> get(health, "/health").contains("\"journalPending\":" + expected));
            central.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> recorder.unique.size() >= expected);
            assertDelivered(expected);
        } finally {
            restarted.destroy();
            restarted.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void assertDelivered(int expected) {
        assertEquals(expected, recorder.unique.size(), "every accepted event, once");
        assertTrue(recorder.rejected.isEmpty(), recorder.rejected.toString());
        Map<String, List<String>> perDevice = recorder.typesPerDevice();
        for (String hanger : traffic.hangers) {
            List<String> types = perDevice.get(hanger);
            assertEquals(2 * ROUNDS, types.size(), hanger + " in " + StoreTraffic.summary(perDevice));
            assertTrue(StoreTraffic.alternates(types), hanger + " out of order: " + types);
        }
        assertEquals(ROUNDS, perDevice.get(traffic.mirror).size());
        System.out.printf("outage: %d events delivered once each; %d redelivered on the wire and dropped by (gateway, seq)%n",
                expected, recorder.redelivered.get());
    }

    private Path writeGatewayProperties(int healthPort) throws IOException {
        Path file = dir.resolve("gateway.properties");
        Files.writeString(file, String.join("\n",
                "store.id=" + traffic.storeId, "gateway.id=" + gatewayId, "lan.embedded=false", "lan.uri=" + LAN, "uplink.uri=" + central.uri(),
                "data.dir=" + dir.resolve("gw-process"), "health.port=" + healthPort, "registry.wait-seconds=10",
                "session.expiry-seconds=60", ""));
        return file;
    }

    private Process startGateway(Path props, String log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), GatewayMain.class.getName(), props.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    private static String get(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
