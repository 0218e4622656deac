package io.lien.launcher;

import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.server.Application;
import io.lien.broker.TestKeys;
import io.lien.server.mqtt.BrokerAddress;
import io.lien.server.mqtt.EmbeddedBroker;
import io.lien.server.setup.application.GatewayEnrolment;
import io.lien.server.signals.SignalRepository;
import io.micronaut.context.ApplicationContext;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store gateway on another machine reaches the central broker over TLS (decision 0028): the embedded broker's
 * TLS listener, set by configuration alone; the gateway trusts the broker's certificate and signs in with its
 * credentials; a hanger's press is stored. Plain text on the TLS port, and TLS to a client that does not trust the
 * certificate, get nowhere; plain text stays on the loopback address.
 */
class UplinkOverTlsIT {

    @Test
    void aGatewayForwardsOverTlsAndPlainTextGetsNowhere() throws Exception {
        Path keys = TestKeys.localhost();
        Path data = Files.createTempDirectory("lien-tls-uplink");
        try (ApplicationContext server = Application.start(Map.of("lien.data-dir", data.toString(), "micronaut.server.port", -1,
                "lien.mqtt.embedded-port", 0, "lien.mqtt.embedded-tls-port", 0, "lien.mqtt.embedded-tls-bind", "127.0.0.1",
                "lien.mqtt.tls-key-store", keys.toString(), "lien.mqtt.tls-key-store-password", TestKeys.PASSWORD))) {
            String tls = server.getBean(EmbeddedBroker.class).tlsUri();
            assertTrue(tls.startsWith("ssl://127.0.0.1:"), tls);
            assertTrue(server.getBean(BrokerAddress.class).uri().startsWith("tcp://127.0.0.1:"), "plain text on the loopback address only");
            String secret = server.getBean(GatewayEnrolment.class).issueFor("test", "demo", "gw-tls");
            EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", "gw-tls", tls, data.resolve("gw"))
                    .withEmbeddedLan("127.0.0.1", 0).withSessionExpiry(60).withUplinkSecret(secret)
                    .withUplinkTrust(new GatewayConfig.TrustStore(keys, TestKeys.PASSWORD)));
            try {
                await().atMost(Duration.ofSeconds(20)).until(gateway::registryLoaded);
                MqttClient hanger = new MqttClient(gateway.lanUri(), "h-001", new MemoryPersistence());
                MqttConnectionOptions o = new MqttConnectionOptions();
                o.setUserName("h-001");
                o.setPassword(DeviceCredential.demoSecret("h-001").getBytes(StandardCharsets.UTF_8));
                hanger.connect(o);
                hanger.publish("dev/hanger/h-001/button", ("{\"boot\":3,\"seq\":0,\"ts\":" + System.currentTimeMillis()
                        + ",\"button\":\"like\"}").getBytes(StandardCharsets.UTF_8), 1, false);
                hanger.disconnect();
                hanger.close();
                SignalRepository signals = server.getBean(SignalRepository.class);
                await().atMost(Duration.ofSeconds(20)).until(() -> signals.findAll().stream().anyMatch(s -> s.gatewayId().equals("gw-tls")));
            } finally {
                gateway.close();
            }

            String plainOnTlsPort = tls.replace("ssl://", "tcp://");
            MqttConnectionOptions creds = new MqttConnectionOptions();
            creds.setConnectionTimeout(5);
            creds.setUserName("gw-tls@demo");
            creds.setPassword(secret.getBytes(StandardCharsets.UTF_8));
            assertThrows(MqttException.class, () -> new MqttClient(plainOnTlsPort, "gw-tls@demo", new MemoryPersistence()).connect(creds),
                    "plain text on the TLS port");
            assertThrows(MqttException.class, () -> new MqttClient(tls, "gw-tls@demo", new MemoryPersistence()).connect(creds),
                    "a client that does not trust the broker's certificate");
        }
    }
}
