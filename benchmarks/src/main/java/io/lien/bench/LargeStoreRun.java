package io.lien.bench;

import io.lien.broker.EmbeddedMqttBroker;
import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.mqtt.MessageCallback;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.sim.MqttDeviceLink;
import io.lien.sim.Scenario;
import io.lien.sim.Simulator;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The protocol page's large store over real MQTT: 3,000 hangers, 60 beacons, 20 readers, 10
 * fixtures, each on its own connection with its secret to the gateway's store broker, and 400
 * shoppers with the app; the gateway forwards to a central broker where every event is counted
 * once by sequence. Prints what the devices sent, what the gateway received, refused and
 * forwarded, what arrived, and the gateway side's threads and memory.
 * Run: {@code ./mvnw install -DskipTests -Pbench-large} (optional {@code -Dlien.args="<shoppers> <speed>"}).
 */
public final class LargeStoreRun {

    private LargeStoreRun() {
    }

    public static void main(String[] args) throws Exception {
        int shoppers = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        double speed = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        Path data = Files.createTempDirectory("lien-large");
        Scenario scenario = Scenario.large("large", shoppers, 600);
        StoreRegistry registry = LayoutRegistry.of(scenario.layout()).withCredentials(scenario.layout().deviceIds().stream()
                .collect(Collectors.toMap(Function.identity(), id -> DeviceCredential.of(DeviceCredential.demoSecret(id)))));

        try (EmbeddedMqttBroker central = EmbeddedMqttBroker.start(data.resolve("central"), "127.0.0.1", 0, null)) {
            Map<Long, String> arrived = new ConcurrentHashMap<>();
            MqttClient server = new MqttClient(central.uri(), "large-run-server", new MemoryPersistence());
            server.setCallback(new MessageCallback() {
                @Override
                public void messageArrived(String topic, MqttMessage message) {
                    for (UplinkMessage.Part part : UplinkMessage.decode(topic, message.getPayload())) {
                        if (part.decoded() instanceof UplinkEnvelope.Decoded.Accepted a) {
                            arrived.putIfAbsent(a.envelope().seq(), a.envelope().event().type());
                        }
                    }
                }
            });
            server.connect();
            server.subscribe(UplinkTopics.events("large", "gw-large"), 1);
            server.publish(UplinkTopics.registry("large"), registry.toJson().getBytes(StandardCharsets.UTF_8), 1, true);

            EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("large", "gw-large", central.uri(), data.resolve("gw"))
                    .withEmbeddedLan("127.0.0.1", 0));
            long started = System.nanoTime();
            Simulator sim = new Simulator(new MqttDeviceLink(gateway.lanUri()), scenario, 42, speed, false).showingProgress(1_800);
            sim.start();
            sim.awaitEnd();
            double simSeconds = (System.nanoTime() - started) / 1e9;
            long threads = Thread.activeCount();
            long rssMb = rssMb();
            long sent = sim.messagesSent();
            // the last messages are in flight: wait until the gateway has taken everything the devices sent
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && (gateway.metrics().receivedCount() < sent || gateway.pendingUplink() > 0
                    || arrived.size() < gateway.metrics().forwardedCount())) {
                Thread.sleep(200);
            }
            Map<String, Object> counters = gateway.metrics().snapshot();
            sim.close();
            gateway.close();
            server.disconnect();
            server.close();

            Map<String, Long> byType = new TreeMap<>(arrived.values().stream().collect(Collectors.groupingBy(t -> t, Collectors.counting())));
            System.out.println();
            System.out.printf("Large store over MQTT — %d hangers, 60 beacons, 20 readers, 10 fixtures, %d shoppers, %.0f× real time%n",
                    scenario.layout().hangerIds().size(), shoppers, speed);
            System.out.printf("device connections: %d devices + one per shopper app, each with its own id and secret%n",
                    scenario.layout().deviceIds().size());
            System.out.printf("devices sent %,d messages in %.0f s (%.0f msg/s)%n", sent, simSeconds, sent / simSeconds);
            System.out.printf("gateway: %s%n", counters);
            System.out.printf("events forwarded %,d; arrived at the central broker, counted once by seq: %,d %s%n",
                    gateway.metrics().forwardedCount(), arrived.size(), byType);
            System.out.printf("one JVM (central broker + store broker + gateway + 3,500 device clients): %d threads, RSS %d MB%n",
                    threads, rssMb);
            System.exit(0);
        }
    }

    private static long rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }
}
