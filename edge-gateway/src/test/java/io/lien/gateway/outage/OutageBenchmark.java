package io.lien.gateway.outage;

import io.lien.gateway.GatewayMain;
import io.lien.protocol.device.FixtureTap;
import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.gateway.mqtt.MessageCallback;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The long form of the outage test: 30 minutes of store traffic at 500 events/s (900,000 clean
 * events) while the central broker is down, compressed in time — devices send as fast as the
 * gateway journals (closed loop on its /metrics) — then the broker returns and the backlog drains.
 * With {@code --kill}, the gateway process is SIGKILLed halfway through the outage and restarted.
 * Checks every event arrived once (by seq) and in order per device; prints times and rates.
 * Run: {@code ./mvnw -pl edge-gateway -am install -DskipTests && ./mvnw -pl edge-gateway exec:exec -Pbench-outage [-Dlien.args=--kill]}.
 */
public final class OutageBenchmark {

    static final String LAN = "tcp://127.0.0.1:1883";

    private OutageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean kill = java.util.List.of(args).contains("--kill");
        int events = 900_000;
        for (String a : args) {
            if (a.matches("\\d+")) {
                events = Integer.parseInt(a);
            }
        }
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Path dir = Files.createTempDirectory("lien-outage");
        Files.createDirectories(dir.resolve("central"));
        StoreTraffic traffic = new StoreTraffic(run, 20);
        String gatewayId = "gwb-" + run;
        try (MosquittoProcess central = new MosquittoProcess(dir.resolve("central"))) {
            central.start();
            MqttClient server = new MqttClient(central.uri(), "registry-" + run, new MemoryPersistence());
            server.connect();
            server.publish(UplinkTopics.registry(traffic.storeId), traffic.registry().toJson().getBytes(StandardCharsets.UTF_8), 1, true);
            server.disconnect();
            Checker checker = new Checker(central.uri(), "central-" + run, UplinkTopics.events(traffic.storeId, gatewayId));
            int health = freePort();
            Path props = dir.resolve("gateway.properties");
            Files.writeString(props, String.join("\n", "store.id=" + traffic.storeId, "gateway.id=" + gatewayId,
                    "lan.embedded=false", "lan.uri=" + LAN, "uplink.uri=" + central.uri(), "data.dir=" + dir.resolve("gw"), "health.port=" + health,
                    "session.expiry-seconds=600", "device.max-per-second=100000", "device.burst=100000", ""));
            Process gateway = start(props, dir.resolve("gateway-1.log"));
            waitFor(() -> metric(health, "uplinkConnected").equals("true"), 30);
            central.stop();

            long started = System.nanoTime();
            int sent = 0;
            int rounds = events / (2 * traffic.hangers.size() + 1);
            int expected = rounds * (2 * traffic.hangers.size() + 1);
            // asynchronous, like thousands of devices at once; QoS 1 taps are still confirmed by the broker
            MqttAsyncClient lan = new MqttAsyncClient(LAN, "traffic-" + run, new MemoryPersistence());
            lan.connect().waitForCompletion(10_000);
            Semaphore window = new Semaphore(20);
            long[] seq = new long[traffic.hangers.size()];
            long mirrorSeq = 0;
            boolean killed = false;
            // a restarted gateway counts from zero: what the killed one accepted is in its journal
            long[] acceptedBefore = {0};
            for (int r = 0; r < rounds; r++) {
                for (int h = 0; h < traffic.hangers.size(); h++) {
                    publish(lan, window, new HangerMotion(traffic.hangers.get(h), 11, seq[h]++, System.currentTimeMillis(), HangerMotion.State.LIFTED, 80));
                    publish(lan, window, new HangerMotion(traffic.hangers.get(h), 11, seq[h]++, System.currentTimeMillis(), HangerMotion.State.STILL, 80));
                }
                publish(lan, window, new FixtureTap(traffic.mirror, 5, mirrorSeq++, System.currentTimeMillis(), "call-advisor", null, null));
                sent += 2 * traffic.hangers.size() + 1;
                if (r % 20 == 19) {
                    final int target = sent - 800;
                    waitFor(() -> Long.parseLong(metric(health, "accepted")) + acceptedBefore[0] >= target, 60);
                    System.err.printf("\routage: %,d of %,d events journalled", sent, expected);
                }
                if (kill && !killed && sent >= expected / 2) {
                    final int target = sent;
                    waitFor(() -> Long.parseLong(metric(health, "accepted")) >= target, 60);
                    gateway.destroyForcibly();
                    gateway.waitFor(10, TimeUnit.SECONDS);
                    gateway = start(props, dir.resolve("gateway-2.log"));
                    waitFor(() -> !metric(health, "accepted").isEmpty(), 60);
                    acceptedBefore[0] = sent;
                    killed = true;
                    System.err.printf("%nkilled the gateway (SIGKILL) at %,d events and restarted it%n", sent);
                }
            }
            final int total = sent;
            waitFor(() -> Long.parseLong(metric(health, "journalPending")) + checker.received() >= total
                    && Long.parseLong(metric(health, "accepted")) + acceptedBefore[0] >= total, 120);
            double outageSeconds = (System.nanoTime() - started) / 1e9;
            long journalBytes = Long.parseLong(metric(health, "journalBytes"));
            System.err.println();

            long restored = System.nanoTime();
            central.start();
            waitFor(() -> checker.received() >= total, 1_800);
            double catchUp = (System.nanoTime() - restored) / 1e9;
            lan.disconnect().waitForCompletion(5_000);
            gateway.destroy();
            gateway.waitFor(10, TimeUnit.SECONDS);
            checker.close();

            System.out.println();
            System.out.printf("Outage benchmark%s — %,d clean events (= %.1f min at 500/s), 20 hangers + 1 mirror, central broker Mosquitto (own process)%n",
                    kill ? " with SIGKILL of the gateway halfway" : "", total, total / 500.0 / 60);
            System.out.printf("outage phase: %,d events journalled in %.1f s (%.0f events/s, time compressed %.1f×); journal %,d MB%n",
                    total, outageSeconds, total / outageSeconds, total / 500.0 / outageSeconds, journalBytes >> 20);
            System.out.printf("after the broker returned: all delivered in %.1f s (%.0f events/s)%n", catchUp, total / catchUp);
            System.out.printf("lost: %d · stored twice: 0 (kept once per seq; %d redelivered on the wire) · out of order per device: %d%n",
                    total - checker.received(), checker.redelivered, checker.outOfOrder);
            System.exit(checker.received() == total && checker.outOfOrder == 0 ? 0 : 1);
        }
    }

    private static void publish(MqttAsyncClient lan, Semaphore window, io.lien.protocol.device.DeviceMessage m)
            throws MqttException, InterruptedException {
        window.acquire();
        lan.publish(m.topic(), m.toJson().getBytes(StandardCharsets.UTF_8), m.channel().qos(), false, null,
                new MqttActionListener() {
                    public void onSuccess(IMqttToken token) {
                        window.release();
                    }

                    public void onFailure(IMqttToken token, Throwable e) {
                        window.release();
                        System.err.println("publish failed: " + e);
                    }
                });
    }

    private static Process start(Path props, Path log) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), GatewayMain.class.getName(),
                props.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String metric(int port, String name) {
        try {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"" + name + "\":([^,}]+)").matcher(body);
            return m.find() ? m.group(1) : "";
        } catch (Exception e) {
            return "";
        }
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    private static void waitFor(Condition c, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                if (c.met()) {
                    return;
                }
            } catch (NumberFormatException e) {
                // the gateway is (re)starting
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("condition not met within " + seconds + " s");
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Keeps each seq once in a bit set and checks order per device without keeping the events. */
    private static final class Checker extends MessageCallback {
        private final BitSet seen = new BitSet();
        private final Map<String, Long> lastSeqPerDevice = new HashMap<>();
        private final MqttClient client;
        private volatile int received;
        long redelivered;
        long outOfOrder;

        Checker(String uri, String id, String topic) throws MqttException {
            client = new MqttClient(uri, id, new MemoryPersistence());
            client.setCallback(this);
            MqttConnectionOptions o = new MqttConnectionOptions();
            o.setCleanStart(false);
            o.setSessionExpiryInterval(3_600L);
            o.setAutomaticReconnect(true);
            o.setAutomaticReconnectDelay(1, 2);
            client.connect(o);
            client.subscribe(topic, 1);
        }

        int received() {
            return received;
        }

        @Override
        public synchronized void messageArrived(String topic, MqttMessage message) {
            for (UplinkMessage.Part part : UplinkMessage.decode(topic, message.getPayload())) {
                if (part.decoded() instanceof UplinkEnvelope.Decoded.Accepted a) {
                    check(a.envelope());
                }
            }
        }

        private void check(UplinkEnvelope envelope) {
            int seq = (int) envelope.seq();
            if (seen.get(seq)) {
                redelivered++;
                return;
            }
            seen.set(seq);
            Long last = lastSeqPerDevice.put(envelope.event().deviceId(), (long) seq);
            if (last != null && last > seq) {
                outOfOrder++;
            }
            received++;
        }

        void close() throws MqttException {
            client.disconnect();
            client.close();
        }
    }
}
