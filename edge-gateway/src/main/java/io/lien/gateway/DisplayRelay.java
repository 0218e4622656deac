package io.lien.gateway;

import io.lien.protocol.uplink.DisplayCommand;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Displays from the server down to devices. A device keeps nothing over a power cycle, so each
 * display is published retained — a device that (re)subscribes gets its current display from the
 * store broker at once — and the last one is sent again when a reboot is seen.
 * <p>
 * A store's displays can come all at once (a gateway subscribing gets every retained one: 3,000 for
 * a large store), more than the MQTT client takes in flight: they wait in order, one per device
 * (a newer display replaces a waiting one), and go {@value #WINDOW} at a time.
 */
final class DisplayRelay {

    private static final Logger LOG = LoggerFactory.getLogger(DisplayRelay.class);
    /** Below Paho's in-flight limit (10), which refuses the rest with "too many publishes in progress". */
    static final int WINDOW = 8;

    private final Supplier<MqttAsyncClient> lan;
    private final Map<String, DisplayCommand> lastDisplay = new ConcurrentHashMap<>();
    private final Map<String, DisplayCommand> waiting = new LinkedHashMap<>();
    private int inFlight;

    DisplayRelay(Supplier<MqttAsyncClient> lan) {
        this.lan = lan;
    }

    void show(DisplayCommand command) {
        lastDisplay.put(command.deviceId(), command);
        relay(command);
    }

    void showAgain(String deviceId) {
        DisplayCommand last = lastDisplay.get(deviceId);
        if (last != null) {
            relay(last);
        }
    }

    void showAllAgain() {
        lastDisplay.values().forEach(this::relay);
    }

    private void relay(DisplayCommand command) {
        synchronized (this) {
            waiting.remove(command.deviceId());
            waiting.put(command.deviceId(), command);
        }
        drain();
    }

    private void drain() {
        while (true) {
            DisplayCommand next;
            synchronized (this) {
                if (inFlight >= WINDOW || waiting.isEmpty()) {
                    return;
                }
                Iterator<DisplayCommand> first = waiting.values().iterator();
                next = first.next();
                first.remove();
                inFlight++;
            }
            if (!publish(next)) {
                synchronized (this) {
                    inFlight--;
                    // not connected now: showAllAgain sends every last display when the store broker is back
                }
                return;
            }
        }
    }

    private boolean publish(DisplayCommand command) {
        MqttAsyncClient client = lan.get();
        if (client == null || !client.isConnected()) {
            return false;
        }
        try {
            client.publish(command.deviceTopic(), command.devicePayload().getBytes(StandardCharsets.UTF_8), 1, true, null,
                    new MqttActionListener() {
                        @Override
                        public void onSuccess(IMqttToken token) {
                            sent();
                        }

                        @Override
                        public void onFailure(IMqttToken token, Throwable failure) {
                            LOG.warn("Could not relay a display to {}: {}", command.deviceTopic(), failure.getMessage());
                            sent();
                        }
                    });
            return true;
        } catch (MqttException e) {
            LOG.warn("Could not relay a display to {}: {}", command.deviceTopic(), e.getMessage());
            return false;
        }
    }

    private void sent() {
        synchronized (this) {
            inFlight--;
        }
        drain();
    }
}
