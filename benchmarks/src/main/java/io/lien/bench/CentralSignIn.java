package io.lien.bench;

import io.lien.protocol.uplink.GatewayIdentity;
import io.lien.server.setup.application.GatewayEnrolment;
import io.micronaut.context.ApplicationContext;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;

import java.nio.charset.StandardCharsets;

/** A benchmark's stand-in gateway signs in to the central broker as a real one does: with credentials issued for it (decision 0028). */
final class CentralSignIn {

    private CentralSignIn() {
    }

    /** Issues the gateway's credentials on the in-process server; the secret. */
    static String secret(ApplicationContext server, String storeId, String gatewayId) {
        return server.getBean(GatewayEnrolment.class).issueFor("bench", storeId, gatewayId);
    }

    static String clientId(String storeId, String gatewayId) {
        return new GatewayIdentity(storeId, gatewayId).name();
    }

    /** Paho's connect options with the gateway's user name and a freshly issued secret. */
    static MqttConnectionOptions options(ApplicationContext server, String storeId, String gatewayId) {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(clientId(storeId, gatewayId));
        options.setPassword(secret(server, storeId, gatewayId).getBytes(StandardCharsets.UTF_8));
        return options;
    }
}
