package io.lien.gateway;

import io.lien.protocol.uplink.DisplayCommand;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Displays from the server down to devices. A device keeps nothing over a power cycle, so each
 * display is published retained — a device that (re)subscribes gets its current display from the
 * store broker at once — and the last one is sent again when a reboot is seen.
 */
final class DisplayRelay {

    private static final Logger LOG = LoggerFactory.getLogger(DisplayRelay.class);

    private final Supplier<MqttAsyncClient> lan;
    private final Map<String, DisplayCommand> lastDisplay = new ConcurrentHashMap<>();

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
        MqttAsyncClient client = lan.get();
        if (client == null) {
            return;
        }
        try {
            client.publish(command.deviceTopic(), command.devicePayload().getBytes(StandardCharsets.UTF_8), 1, true);
        } catch (MqttException e) {
            LOG.warn("Could not relay a display to {}: {}", command.deviceTopic(), e.getMessage());
        }
    }
}
