package io.lien.bench;

import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.protocol.device.HangerButton;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.gateway.mqtt.MessageCallback;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Gateway throughput against a reference measured in the same run on the same broker (the local
 * Mosquitto, 127.0.0.1:1883): (1) raw Mosquitto, QoS 1 publisher → QoS 1 subscriber; (2) device
 * messages (hanger button presses, QoS 1, every one a clean event) → broker → gateway (validate,
 * dedupe, journal with fsync, envelope) → broker → a QoS 1 subscriber on the uplink topic. Both
 * publishers use the same code, in-flight window and end-to-end flow control; (3) the default
 * set-up: 3,000 hangers, each on its own connection with its secret, → the gateway's embedded store
 * broker (every connect and publish checked) → gateway → Mosquitto → uplink subscriber.
 * Run: {@code ./mvnw install -DskipTests -Pbench-gateway}.
 */
public final class GatewayThroughputBenchmark {

    static final String BROKER = "tcp://127.0.0.1:1883";
    static final int DEVICES = 3_000;
    static final int WINDOW = 20;
    /**
     * At most this many messages between publish and receipt. Mosquitto drops QoS 1 messages
     * queued beyond max_queued_messages (1,000 by default) for a client slower than its
     * publishers, so an open-loop flood measures loss, not throughput.
     */
    static final int END_TO_END = 500;
    private static final int STALL_SECONDS = 60;

    private GatewayThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

        double raw = measure(messages, "bench/" + run + "/raw", i -> "bench/" + run + "/raw",
                i -> ("{\"n\":" + i + ",\"pad\":\"" + "x".repeat(60) + "\"}").getBytes(StandardCharsets.UTF_8), run + "-raw");

        List<String> hangers = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            hangers.add(String.format("tb%s-%04d", run, d));
        }
        String store = "tp-" + run;
        Path data = Files.createTempDirectory("lien-gw-bench");
        publishRegistry(new StoreRegistry(store, Set.copyOf(hangers), Map.of(), Map.of(), Set.of()));
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of(store, "gwb-" + run, BROKER, data).withSessionExpiry(60));
        long[] seqs = new long[DEVICES];
        double gw = measure(messages, UplinkTopics.events(store, "gwb-" + run), i -> "dev/hanger/" + hangers.get(i % DEVICES) + "/button",
                i -> new HangerButton(hangers.get(i % DEVICES), 5, seqs[i % DEVICES]++, System.currentTimeMillis(), "like")
                        .toJson().getBytes(StandardCharsets.UTF_8), run + "-gw");
        gateway.close();

        String storeB = "tps-" + run;
        publishRegistry(new StoreRegistry(storeB, Set.copyOf(hangers), Map.of(), Map.of(), Set.of())
                .withCredentials(credentials(hangers)));
        gateway = EdgeGateway.start(GatewayConfig.of(storeB, "gws-" + run, BROKER, data.resolve("sb")).withSessionExpiry(60)
                .withEmbeddedLan("127.0.0.1", 0));
        double gwStoreBroker = measureThroughStoreBroker(messages, gateway.lanUri(), UplinkTopics.events(storeB, "gws-" + run),
                hangers, run + "-gws");
        System.gc();
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        long rssMb = rssMb();
        String metrics = gateway.metrics().snapshot().toString();
        gateway.close();
        publishRegistry(new StoreRegistry(store, Set.of(), Map.of(), Map.of(), Set.of()));
        publishRegistry(new StoreRegistry(storeB, Set.of(), Map.of(), Map.of(), Set.of()));

        System.out.println();
        System.out.printf("Gateway throughput — %d messages, %d devices, QoS 1, in-flight window %d, broker Mosquitto at %s%n",
                messages, DEVICES, WINDOW, BROKER);
        System.out.printf("raw Mosquitto QoS 1 (publisher → subscriber):                 %,8.0f msg/s%n", raw);
        System.out.printf("device → gateway (journal fsync per event) → uplink subscriber: %,8.0f msg/s%n", gw);
        System.out.printf("ratio gateway / raw: %.2f%n", gw / raw);
        System.out.printf("%d hanger connections → store broker in the gateway (secret + topic checked) → gateway → uplink subscriber: %,8.0f msg/s (ratio %.2f)%n",
                DEVICES, gwStoreBroker, gwStoreBroker / raw);
        System.out.printf("memory after the run: heap in use %d MB, process RSS %d MB (benchmark clients included)%n", heapMb, rssMb);
        System.out.println("gateway counters: " + metrics);
        System.exit(0);
    }

    /** Publishes {@code n} QoS 1 messages as fast as the window allows; msg/s until the last one is received. */
    static double measure(int n, String receiveFilter, IntFunction<String> topic, IntFunction<byte[]> payload, String id)
            throws Exception {
        UplinkCounter counter = UplinkCounter.open(n, receiveFilter, id);
        MqttAsyncClient publisher = new MqttAsyncClient(BROKER, "pub-" + id, new MemoryPersistence());
        publisher.connect(options()).waitForCompletion(10_000);
        Semaphore window = new Semaphore(WINDOW);
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            counter.awaitRoom(i);
            window.acquire();
            publisher.publish(topic.apply(i), payload.apply(i), 1, false, null, new MqttActionListener() {
                public void onSuccess(IMqttToken t) {
                    window.release();
                }

                public void onFailure(IMqttToken t, Throwable e) {
                    failures.incrementAndGet();
                    window.release();
                }
            });
        }
        boolean all = counter.received.await(300, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        publisher.disconnect().waitForCompletion(5_000);
        publisher.close();
        counter.close();
        if (!all || failures.get() > 0) {
            throw new IllegalStateException("incomplete run: " + counter.received.getCount() + " missing, " + failures.get() + " failed publishes");
        }
        return n / seconds;
    }

    private static Map<String, DeviceCredential> credentials(List<String> devices) {
        Map<String, DeviceCredential> credentials = new java.util.HashMap<>();
        devices.forEach(d -> credentials.put(d, DeviceCredential.of(DeviceCredential.demoSecret(d))));
        return credentials;
    }

    /** As {@link #measure}, but each hanger publishes on its own authenticated connection to the store broker. */
    private static double measureThroughStoreBroker(int n, String lanUri, String receiveFilter, List<String> hangers, String id)
            throws Exception {
        java.net.URI lan = java.net.URI.create(lanUri);
        List<Mqtt5AsyncClient> devices = new ArrayList<>();
        List<java.util.concurrent.CompletableFuture<?>> connecting = new ArrayList<>();
        for (String h : hangers) {
            Mqtt5AsyncClient c = com.hivemq.client.mqtt.MqttClient.builder().useMqttVersion5().identifier(h)
                    .serverHost(lan.getHost()).serverPort(lan.getPort()).buildAsync();
            devices.add(c);
            connecting.add(c.connectWith().cleanStart(true).simpleAuth().username(h)
                    .password(DeviceCredential.demoSecret(h).getBytes(StandardCharsets.UTF_8)).applySimpleAuth().send());
        }
        java.util.concurrent.CompletableFuture.allOf(connecting.toArray(java.util.concurrent.CompletableFuture[]::new))
                .get(120, TimeUnit.SECONDS);
        UplinkCounter counter = UplinkCounter.open(n, receiveFilter, id);
        Semaphore window = new Semaphore(WINDOW);
        AtomicLong failures = new AtomicLong();
        long[] seqs = new long[hangers.size()];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            counter.awaitRoom(i);
            window.acquire();
            int d = i % hangers.size();
            byte[] body = new HangerButton(hangers.get(d), 5, seqs[d]++, System.currentTimeMillis(), "like").toJson()
                    .getBytes(StandardCharsets.UTF_8);
            devices.get(d).publishWith().topic("dev/hanger/" + hangers.get(d) + "/button").qos(MqttQos.AT_LEAST_ONCE).payload(body)
                    .send().whenComplete((r, e) -> {
                        if (e != null || r.getError().isPresent()) {
                            failures.incrementAndGet();
                        }
                        window.release();
                    });
        }
        boolean all = counter.received.await(300, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        devices.forEach(c -> c.disconnect().exceptionally(e -> null));
        counter.close();
        if (!all || failures.get() > 0) {
            throw new IllegalStateException("incomplete run: " + counter.received.getCount() + " missing, " + failures.get() + " failed publishes");
        }
        return n / seconds;
    }

    private static MqttConnectionOptions options() {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(true);
        return o;
    }

    private static void publishRegistry(StoreRegistry registry) throws MqttException {
        MqttAsyncClient c = new MqttAsyncClient(BROKER, "registry-" + registry.storeId(), new MemoryPersistence());
        c.connect(options()).waitForCompletion(10_000);
        byte[] body = registry.hangers().isEmpty() ? new byte[0] : registry.toJson().getBytes(StandardCharsets.UTF_8);
        c.publish(UplinkTopics.registry(registry.storeId()), body, 1, true).waitForCompletion(10_000);
        c.disconnect().waitForCompletion(5_000);
        c.close();
    }

    private static long rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }

    /**
     * The uplink subscriber both measurements share: counts each message once and lets at most
     * {@value #END_TO_END} be between publish and receipt.
     */
    private record UplinkCounter(MqttAsyncClient subscriber, CountDownLatch received, Semaphore endToEnd, Counter counter) {

        static UplinkCounter open(int n, String receiveFilter, String id) throws MqttException {
            CountDownLatch received = new CountDownLatch(n);
            Semaphore endToEnd = new Semaphore(END_TO_END);
            Counter counter = new Counter(received, new HashSet<>(), endToEnd);
            MqttAsyncClient subscriber = new MqttAsyncClient(BROKER, "sub-" + id, new MemoryPersistence());
            subscriber.setCallback(counter);
            subscriber.connect(options()).waitForCompletion(10_000);
            subscriber.subscribe(receiveFilter, 1).waitForCompletion(10_000);
            return new UplinkCounter(subscriber, received, endToEnd, counter);
        }

        /**
         * Waits until fewer than {@value #END_TO_END} are between publish and receipt. A subscriber
         * that stops receiving ends the run with what is known instead of hanging it.
         */
        void awaitRoom(int published) throws InterruptedException {
            if (!endToEnd.tryAcquire(STALL_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("incomplete run: the subscriber received nothing for " + STALL_SECONDS
                        + " s after " + published + " publishes, " + received.getCount() + " missing; subscriber "
                        + (subscriber.isConnected() ? "still connected" : "disconnected") + counter.trouble());
            }
        }

        void close() throws MqttException {
            if (subscriber.isConnected()) {
                subscriber.disconnect().waitForCompletion(5_000);
            }
            subscriber.close();
        }
    }

    /**
     * Counts distinct events (each envelope's seq, in a batch or alone, or the raw payload) so a
     * redelivery doesn't count twice.
     */
    private static final class Counter extends MessageCallback {
        private final CountDownLatch received;
        private final Set<String> seen;
        private final Semaphore endToEnd;
        private final AtomicReference<String> trouble = new AtomicReference<>();

        Counter(CountDownLatch received, Set<String> seen, Semaphore endToEnd) {
            this.received = received;
            this.seen = seen;
            this.endToEnd = endToEnd;
        }

        String trouble() {
            String t = trouble.get();
            return t == null ? "" : " (" + t + ")";
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            trouble.set("disconnected: " + response);
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            trouble.set("error: " + exception);
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            if (!topic.startsWith(UplinkTopics.ROOT)) {
                count(new String(message.getPayload(), StandardCharsets.UTF_8));
                return;
            }
            for (UplinkMessage.Part part : UplinkMessage.decode(topic, message.getPayload())) {
                if (part.decoded() instanceof UplinkEnvelope.Decoded.Accepted a) {
                    count("seq " + a.envelope().seq());
                }
            }
        }

        private void count(String id) {
            synchronized (seen) {
                if (seen.add(id)) {
                    received.countDown();
                    endToEnd.release();
                }
            }
        }
    }
}
