package io.lien.server.displays;

import io.lien.protocol.uplink.DisplayCommand;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.ServerFixture;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every display command the server sends a store's gateways, as a gateway hears them. */
final class DisplayRecorder implements AutoCloseable {

    final List<DisplayCommand> commands = new CopyOnWriteArrayList<>();
    final List<String> raw = new CopyOnWriteArrayList<>();
    private final MqttClient client;

    DisplayRecorder(ServerFixture server, String storeId) throws MqttException {
        // as one more gateway of the store would: only a store's gateways may read its displays
        client = server.gatewayClient(storeId, "recorder-" + (System.nanoTime() % 1_000_000));
        IMqttMessageListener listener = (topic, message) -> {
            String json = new String(message.getPayload(), StandardCharsets.UTF_8);
            raw.add(json);
            commands.add(DisplayCommand.fromJson(json));
        };
        client.subscribe(new MqttSubscription[]{new MqttSubscription(UplinkTopics.displays(storeId), 1)},
                new IMqttMessageListener[]{listener});
    }

    /** The last display sent to the device. */
    Optional<DisplayCommand> last(String deviceId) {
        for (int i = commands.size() - 1; i >= 0; i--) {
            if (commands.get(i).deviceId().equals(deviceId)) {
                return Optional.of(commands.get(i));
            }
        }
        return Optional.empty();
    }

    long count(String deviceId) {
        return commands.stream().filter(c -> c.deviceId().equals(deviceId)).count();
    }

    /** The hanger's lines and LED as one string ("Ici : 36 38 | … | … [off]"), or "" before any. */
    String hanger(String hangerId) {
        return last(hangerId).map(c -> String.join(" | ", c.hanger().lines()) + " [" + c.hanger().led() + "]").orElse("");
    }

    @Override
    public void close() throws MqttException {
        client.disconnect();
        client.close();
    }
}
