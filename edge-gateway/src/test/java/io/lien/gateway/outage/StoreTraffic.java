package io.lien.gateway.outage;

import io.lien.protocol.device.DeviceMessage;
import io.lien.protocol.device.FixtureTap;
import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.uplink.StoreRegistry;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Devices of a test store sending a known amount of traffic (each with the QoS the protocol gives
 * its topic), and the clean events it must become: per hanger, lifted / put-back alternating.
 */
final class StoreTraffic {

    final String storeId;
    final List<String> hangers = new ArrayList<>();
    final String mirror;
    private final long[] seq;
    private long mirrorSeq;

    StoreTraffic(String run, int hangerCount) {
        this.storeId = "out-" + run;
        for (int i = 0; i < hangerCount; i++) {
            hangers.add(String.format("o%s-%02d", run, i));
        }
        this.mirror = "om-" + run;
        this.seq = new long[hangerCount];
    }

    StoreRegistry registry() {
        return new StoreRegistry(storeId, Set.copyOf(hangers), Map.of(), Map.of(), Set.of(mirror));
    }

    /** {@code rounds} lift + put-back per hanger and one mirror tap per round: 2·hangers·rounds + rounds events. */
    int send(String lanUri, int rounds) throws MqttException {
        MqttClient lan = new MqttClient(lanUri, "traffic-" + storeId, new MemoryPersistence());
        lan.connect();
        int events = 0;
        for (int r = 0; r < rounds; r++) {
            for (int h = 0; h < hangers.size(); h++) {
                publish(lan, new HangerMotion(hangers.get(h), 11, seq[h]++, System.currentTimeMillis(), HangerMotion.State.LIFTED, 80));
                publish(lan, new HangerMotion(hangers.get(h), 11, seq[h]++, System.currentTimeMillis(), HangerMotion.State.STILL, 80));
                events += 2;
            }
            publish(lan, new FixtureTap(mirror, 5, mirrorSeq++, System.currentTimeMillis(), "call-advisor", null, null));
            events++;
        }
        lan.disconnect();
        lan.close();
        return events;
    }

    private static void publish(MqttClient lan, DeviceMessage m) throws MqttException {
        lan.publish(m.topic(), m.toJson().getBytes(StandardCharsets.UTF_8), m.channel().qos(), false);
    }

    /** Every hanger's events, in sequence order, must read lifted, put-back, lifted, put-back… */
    static boolean alternates(List<String> types) {
        for (int i = 0; i < types.size(); i++) {
            if (!types.get(i).equals(i % 2 == 0 ? "hanger.lifted" : "hanger.put-back")) {
                return false;
            }
        }
        return true;
    }

    static String summary(Map<String, List<String>> perDevice) {
        return perDevice.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).collect(Collectors.joining(", "));
    }
}
