package io.lien.bench;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Other gateways' steady traffic at a set rate, QoS 1: anonymous shoppers moving between zones
 * and device statuses, none of which makes a moment. The load under which P2 and P3 are measured.
 */
public final class BackgroundGateway {

    private static final String[] ZONES = {"entrance", "coats", "accessories", "knitwear", "dresses"};
    final AtomicLong sent = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final String broker;
    private final int perSecond;
    private Thread thread;
    private MqttAsyncClient client;

    private final org.eclipse.paho.mqttv5.client.MqttConnectionOptions signIn;

    /** {@code signIn}: the gateway gw-background's credentials (CentralSignIn). */
    BackgroundGateway(String broker, org.eclipse.paho.mqttv5.client.MqttConnectionOptions signIn, int perSecond) {
        this.broker = broker;
        this.signIn = signIn;
        this.perSecond = perSecond;
    }

    void start() throws Exception {
        client = new MqttAsyncClient(broker, CentralSignIn.clientId("demo", "gw-background"), new MemoryPersistence());
        client.connect(signIn).waitForCompletion();
        thread = new Thread(() -> {
            long seq = 1;
            long start = System.nanoTime();
            while (running.get()) {
                long due = start + seq * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 1_000_000) {
                    sleep(wait / 1_000_000);
                    continue;
                }
                UplinkEvent event = seq % 4 == 0 ? new UplinkEvent.DeviceStatus("b-coats", "beacon", 90)
                        : new UplinkEvent.ShopperPresence("inst-bg-" + (seq % 200), ZONES[(int) (seq / 200 % ZONES.length)],
                        seq < 200 ? "enter" : "move", 0);
                UplinkEnvelope e = UplinkEnvelope.of("demo", "gw-background", seq++, System.currentTimeMillis(), event);
                try {
                    client.publish(e.topic(), e.toBytes(), 1, false);
                    sent.incrementAndGet();
                } catch (Exception ex) {
                    sleep(1);
                    seq--;
                }
            }
        }, "background-gateway");
        thread.start();
    }

    void stop() throws Exception {
        running.set(false);
        thread.join();
        client.disconnect().waitForCompletion(); // lets what is in flight be acknowledged first
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

