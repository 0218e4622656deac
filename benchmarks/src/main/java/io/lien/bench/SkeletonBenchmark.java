package io.lien.bench;

import io.lien.app.api.HttpLienApi;
import io.lien.app.api.LienApi;
import io.lien.gateway.EdgeGateway;
import io.lien.broker.EmbeddedMqttBroker;
import io.lien.gateway.GatewayConfig;
import io.lien.protocol.device.HangerMotion;
import io.lien.server.Application;
import io.lien.server.mqtt.BrokerAddress;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The walking skeleton's figures, in one run on this machine: server start-up (JVM start → HTTP
 * ready, embedded broker and migrations included), resident memory, and the delay from a hanger
 * lift published by a device to its moment on the SSE feed — next to the raw MQTT delivery of the
 * same device message on the same broker (the reference), with their ratio.
 * Run: {@code ./mvnw install -DskipTests -Pbench} (see docs/benchmarks.md).
 */
public final class SkeletonBenchmark {

    private SkeletonBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    private static void run(String[] args) throws Exception {
        int lifts = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path data = Files.createTempDirectory("lien-bench");
        ApplicationContext server = Application.start(Map.of("lien.data-dir", data.toString(),
                "lien.mqtt.embedded-port", 0, "micronaut.server.port", -1));
        long startupMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String broker = server.getBean(BrokerAddress.class).uri();
        long rssIdle = rssMb();
        // the devices (and the reference subscriber) on a plain store broker run beside the gateway (lan.embedded=false):
        // the central broker admits gateways only, each with its credentials (decision 0028)
        EmbeddedMqttBroker lan = EmbeddedMqttBroker.start(data.resolve("lan"), "127.0.0.1", 0, null);
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", "gw-bench", lan.uri(), data.resolve("gateway"))
                .withUplink(broker).withUplinkSecret(CentralSignIn.secret(server, "demo", "gw-bench")));
        HttpLienApi api = new HttpLienApi(URI.create("http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort()));
        api.signIn("lea", "lien-demo");

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> raw = Collections.synchronizedList(new ArrayList<>());
        List<Long> sse = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(lifts);
        CountDownLatch live = new CountDownLatch(1);
        MqttClient reference = new MqttClient(lan.uri(), "bench-reference", new MemoryPersistence());
        // Paho 1.2.5's subscribe(topic, qos, listener) recurses forever: use the client callback
        reference.setCallback(new ReferenceCallback((topic, payload) -> {
            Long t = sentAt.get(topic.split("/")[2]);
            if (t != null && payload.contains("\"lifted\"")) {
                raw.add(System.nanoTime() - t);
            }
        }));
        reference.connect();
        reference.subscribe("dev/hanger/+/motion", 1);
        LienApi.MomentSubscription feed = api.moments("demo", m -> {
            Long t = m.hangerId() == null || !"LIFT".equals(m.kind()) ? null : sentAt.get(m.hangerId());
            if (t != null) {
                sse.add(System.nanoTime() - t);
                done.countDown();
            }
        }, s -> {
            if (s == LienApi.FeedState.LIVE) {
                live.countDown();
            }
        });
        if (!live.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the moment feed did not open");
        }

        MqttClient device = new MqttClient(lan.uri(), "bench-hangers", new MemoryPersistence());
        device.connect();
        long[] seq = new long[41];
        long intervalNs = 1_000_000_000L / perSecond;
        long next = System.nanoTime();
        for (int i = 0; i < lifts; i++) {
            String hanger = String.format("h-%03d", 1 + i % 40);
            int h = 1 + i % 40;
            // put the hanger back first (no moment), then lift it: one lift per hanger at a time
            device.publish("dev/hanger/" + hanger + "/motion", new HangerMotion(hanger, 7, seq[h]++, System.currentTimeMillis(),
                    HangerMotion.State.STILL, 90).toJson().getBytes(StandardCharsets.UTF_8), 1, false);
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            sentAt.put(hanger, System.nanoTime());
            device.publish("dev/hanger/" + hanger + "/motion", new HangerMotion(hanger, 7, seq[h]++, System.currentTimeMillis(),
                    HangerMotion.State.LIFTED, 90).toJson().getBytes(StandardCharsets.UTF_8), 1, false);
            next += intervalNs;
        }
        boolean all = done.await(60, TimeUnit.SECONDS);
        long rssLoaded = rssMb();

        System.out.println();
        System.out.println("Lien walking-skeleton benchmark — " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        System.out.printf("server start-up (JVM start → HTTP ready, broker + migrations + demo seed): %d ms%n", startupMs);
        System.out.printf("resident memory: %d MB after start-up, %d MB after the run (server + broker + gateway + clients, one JVM)%n",
                rssIdle, rssLoaded);
        System.out.printf("lifts: %d at %d/s, moments received: %d%s%n", lifts, perSecond, sse.size(), all ? "" : " (INCOMPLETE)");
        System.out.println(row("raw MQTT device → subscriber (reference)", raw));
        System.out.println(row("hanger lift → SSE moment (device → gateway → broker → server → DB → SSE)", sse));
        System.out.printf("ratio lift→SSE / raw MQTT at p50: %.1f×%n", pct(sse, 50) / Math.max(0.001, pct(raw, 50)));

        feed.close();
        device.disconnect();
        reference.disconnect();
        gateway.close();
        server.close();
        lan.close();
        System.exit(all ? 0 : 1);
    }

    /** Hands each message to a consumer; nothing else. */
    private static final class ReferenceCallback extends io.lien.gateway.mqtt.MessageCallback {
        private final java.util.function.BiConsumer<String, String> onMessage;

        ReferenceCallback(java.util.function.BiConsumer<String, String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public void messageArrived(String topic, org.eclipse.paho.mqttv5.common.MqttMessage message) {
            onMessage.accept(topic, new String(message.getPayload(), StandardCharsets.UTF_8));
        }
    }

    private static String row(String name, List<Long> nanos) {
        return String.format("%-80s p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (n=%d)", name,
                pct(nanos, 50), pct(nanos, 90), pct(nanos, 99), pct(nanos, 100), nanos.size());
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
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
