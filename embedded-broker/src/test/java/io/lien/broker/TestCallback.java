package io.lien.broker;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

import java.nio.charset.StandardCharsets;
import java.util.Queue;

record TestCallback(Queue<String> received) implements MqttCallback {
    @Override
    public void messageArrived(String topic, MqttMessage message) {
        received.offer(new String(message.getPayload(), StandardCharsets.UTF_8));
    }

    @Override
    public void disconnected(MqttDisconnectResponse r) {
    }

    @Override
    public void mqttErrorOccurred(MqttException e) {
    }

    @Override
    public void deliveryComplete(IMqttToken t) {
    }

    @Override
    public void connectComplete(boolean reconnect, String uri) {
    }

    @Override
    public void authPacketArrived(int reason, MqttProperties p) {
    }
}
