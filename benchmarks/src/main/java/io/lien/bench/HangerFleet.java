package io.lien.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.lien.protocol.device.HangerButton;
import io.lien.protocol.uplink.DeviceCredential;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo store's 40 hangers, each signed in to the gateway's store broker with its secret,
 * pressing their "like" buttons as fast as the gateway acknowledges them (50 in flight). Counts
 * what the gateway acknowledged, so a test or a benchmark can compare the database with it.
 */
public final class HangerFleet implements AutoCloseable {

    static final int HANGERS = 40;

    private final List<String> hangers = new ArrayList<>();
    private final List<Mqtt5AsyncClient> devices = new ArrayList<>();
    private final long[] seq = new long[HANGERS];
    private final Semaphore window;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private long sent;

    public HangerFleet(String lanUri) throws Exception {
        this(lanUri, 50);
    }

    /** {@code window}: presses sent and not yet acknowledged, at most, over all hangers. */
    public HangerFleet(String lanUri, int window) throws Exception {
        this.window = new Semaphore(window);
        URI lan = URI.create(lanUri);
        for (int i = 1; i <= HANGERS; i++) {
            String h = String.format("h-%03d", i);
            Mqtt5AsyncClient c = MqttClient.builder().useMqttVersion5().identifier(h).serverHost(lan.getHost())
                    .serverPort(lan.getPort()).buildAsync();
            c.connectWith().simpleAuth().username(h).password(DeviceCredential.demoSecret(h).getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth().send().get(10, TimeUnit.SECONDS);
            hangers.add(h);
            devices.add(c);
        }
    }

    /** Sends {@code presses} more presses, round robin over the hangers; returns once all are sent. */
    public void press(int presses) throws InterruptedException {
        press(presses, 0);
    }

    /**
     * Sends {@code presses} more presses at most {@code perSecond} a second (0: as fast as the
     * gateway acknowledges); a late press is sent at once, so a short stall is caught up.
     */
    public void press(int presses, double perSecond) throws InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < presses; i++) {
            if (perSecond > 0) {
                long due = start + (long) (i * 1e9 / perSecond);
                long early = due - System.nanoTime();
                if (early > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(early);
                }
            }
            int d = (int) (sent++ % HANGERS);
            byte[] press = new HangerButton(hangers.get(d), 3, seq[d]++, System.currentTimeMillis(), "like").toJson()
                    .getBytes(StandardCharsets.UTF_8);
            window.acquire();
            devices.get(d).publishWith().topic("dev/hanger/" + hangers.get(d) + "/button").qos(MqttQos.AT_LEAST_ONCE)
                    .payload(press).send().whenComplete((r, e) -> {
                        (e == null && r.getError().isEmpty() ? acknowledged : failed).incrementAndGet();
                        window.release();
                    });
        }
    }

    public long sent() {
        return sent;
    }

    public long acknowledged() {
        return acknowledged.get();
    }

    public long failed() {
        return failed.get();
    }

    public boolean allAnswered() {
        return acknowledged.get() + failed.get() == sent;
    }

    @Override
    public void close() {
        devices.forEach(c -> c.disconnect().exceptionally(e -> null));
    }
}
