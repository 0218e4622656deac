package io.lien.broker;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmbeddedMqttBrokerTest {

    @Test
    void aPersistenceNamedInConfigurationIsReadStrictly() {
        assertEquals(EmbeddedMqttBroker.Persistence.IN_MEMORY, EmbeddedMqttBroker.Persistence.of("in-memory"));
        assertEquals(EmbeddedMqttBroker.Persistence.FILE, EmbeddedMqttBroker.Persistence.of("file"));
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> EmbeddedMqttBroker.Persistence.of("files"));
        assertEquals("broker persistence 'files' is neither 'file' nor 'in-memory'", typo.getMessage());
    }

    @Test
    void twoBrokersRunSideBySideInOneProcessEachWithItsOwnRules(@TempDir Path dir) throws Exception {
        try (EmbeddedMqttBroker open = EmbeddedMqttBroker.start(dir.resolve("open"), "127.0.0.1", 0, null);
             EmbeddedMqttBroker guarded = EmbeddedMqttBroker.start(dir.resolve("guarded"), "127.0.0.1", 0, onlyPassword("sesame"))) {
            assertEquals("hello", roundTrip(open.uri(), null));
            assertEquals("hello", roundTrip(guarded.uri(), "sesame"));
            assertThrows(MqttException.class, () -> roundTrip(guarded.uri(), "wrong"));
        }
    }

    private static String roundTrip(String uri, String password) throws Exception {
        MqttClient client = new MqttClient(uri, "c-" + System.nanoTime(), new MemoryPersistence());
        try {
            MqttConnectionOptions options = new MqttConnectionOptions();
            if (password != null) {
                options.setUserName("someone");
                options.setPassword(password.getBytes(StandardCharsets.UTF_8));
            }
            client.connect(options);
            BlockingQueue<String> received = new ArrayBlockingQueue<>(1);
            client.setCallback(new TestCallback(received));
            client.subscribe("t/x", 1);
            client.publish("t/x", "hello".getBytes(StandardCharsets.UTF_8), 1, false);
            String got = received.poll(10, TimeUnit.SECONDS);
            client.disconnect();
            return got;
        } finally {
            client.close();
        }
    }

    private static EmbeddedExtension onlyPassword(String expected) {
        SimpleAuthenticator authenticator = (input, output) -> {
            String given = input.getConnectPacket().getPassword()
                    .map(b -> StandardCharsets.UTF_8.decode(b).toString()).orElse("");
            if (given.equals(expected)) {
                output.authenticateSuccessfully();
            } else {
                output.failAuthentication("wrong password");
            }
        };
        return EmbeddedExtension.builder().withId("test-auth").withName("test auth").withVersion("1")
                .withPriority(1000).withStartPriority(1000)
                .withExtensionMain(new ExtensionMain() {
                    @Override
                    public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
                        Services.securityRegistry().setAuthenticatorProvider(i -> authenticator);
                    }

                    @Override
                    public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {
                    }
                }).build();
    }
}
