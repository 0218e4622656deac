package io.lien.server.mqtt;

import io.lien.server.settings.MqttSettings;
import io.lien.server.settings.LienSettings;
import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundInput;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.packets.general.Qos;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import io.lien.broker.EmbeddedMqttBroker;
import io.lien.protocol.uplink.UplinkMessage;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The central broker inside the server process by default (decision 0002). Binds to 127.0.0.1
 * only. It keeps its sessions in memory (decision 0015): nothing Lien needs waits in it over a
 * restart, and opening its file stores cost a second of every start.
 * <p>
 * Store events are taken inside the broker ({@link #takeEventsWith}), in batches: a gateway's
 * PUBACK comes only once the event's batch is committed (or the event dead-lettered), and a
 * failure to store answers "unspecified error" so the gateway keeps it and sends it again. Nothing waits in the broker's queues, which
 * did not survive a {@code kill -9} (ServerKillIT lost 5 of 6,000 with a plain subscription and
 * almost all with a shared one after the restart). Until {@link #open()} only the server's own
 * client may connect: gateways are told "server unavailable" and keep their events journalled.
 */
@Context
@Requires(property = "lien.mqtt.embedded", notEquals = "false")
public class EmbeddedBroker implements AutoCloseable {

    /** Stores store events; returns once they are committed, throws when they could not be. */
    public interface EventIntake {
        void takeAll(List<String> topics, List<byte[]> payloads) throws Exception;
    }

    /**
     * Above the largest uplink message ({@link UplinkMessage#MAX_BYTES}), so a slightly larger one is
     * still dead-lettered with its reason; a packet past this closes the sender's connection
     * instead of filling the server's memory (HiveMQ's default is 256 MiB).
     */
    static final int MAX_PACKET_BYTES = 1 << 20;

    private final CompletableFuture<EmbeddedMqttBroker> starting;
    private final String serverClientId;
    private volatile boolean open;
    private volatile EventBatcher batcher;

    EmbeddedBroker(MqttSettings mqtt, LienSettings lien) {
        this.serverClientId = mqtt.clientId();
        // created with the context (@Context), the broker starts on its own thread while the
        // database is opened and migrated: start-up is the longer of the two, not their sum
        EmbeddedExtension gate = gate(mqtt.clientId());
        this.starting = CompletableFuture.supplyAsync(() -> EmbeddedMqttBroker.start(Path.of(lien.dataDir()).resolve("broker"),
                "127.0.0.1", mqtt.embeddedPort(), gate, MAX_PACKET_BYTES,
                EmbeddedMqttBroker.Persistence.of(mqtt.embeddedPersistence())), task -> new Thread(task, "embedded-broker-start").start());
    }

    /** The started broker; waits for the start (and fails as it failed). */
    private EmbeddedMqttBroker broker() {
        return starting.join();
    }

    /** From now on, store events are handed to {@code intake} before they are acknowledged. */
    public void takeEventsWith(EventIntake eventIntake) {
        this.batcher = new EventBatcher(eventIntake::takeAll);
    }

    /** Lets gateways in: the server is ready to store what they send. */
    public void open() {
        open = true;
    }

    private void onInboundPublish(PublishInboundInput input, PublishInboundOutput output) {
        String topic = input.getPublishPacket().getTopic();
        EventBatcher current = batcher;
        if (current == null || input.getClientInformation().getClientId().equals(serverClientId)
                || !topic.startsWith("lien/") || !topic.endsWith("/events")) {
            return;
        }
        byte[] payload = input.getPublishPacket().getPayload().map(b -> {
            byte[] bytes = new byte[b.remaining()];
            b.duplicate().get(bytes);
            return bytes;
        }).orElse(new byte[0]);
        // the PUBACK waits until the batch holding this event has committed (EventBatcher)
        Async<PublishInboundOutput> async = output.async(Duration.ofSeconds(30), TimeoutFallback.FAILURE,
                AckReasonCode.UNSPECIFIED_ERROR, "not stored in time");
        current.add(new EventBatcher.Pending(topic, payload, output, async));
    }

    /** Publishes from inside the broker at QoS 1, without waiting (a retained empty payload removes the topic's message). */
    public CompletableFuture<Void> publish(String topic, byte[] payload, boolean retain) {
        broker();
        return retain && payload.length == 0 ? Services.retainedMessageStore().remove(topic)
                : Services.publishService().publish(Builders.publish().topic(topic).payload(ByteBuffer.wrap(payload))
                .qos(Qos.AT_LEAST_ONCE).retain(retain).build());
    }

    public String uri() {
        return broker().uri();
    }

    public int port() {
        return broker().port();
    }

    private EmbeddedExtension gate(String serverClientId) {
        SimpleAuthenticator authenticator = (input, output) -> {
            if (open || input.getClientInformation().getClientId().equals(serverClientId)) {
                output.authenticateSuccessfully();
            } else {
                output.failAuthentication(ConnackReasonCode.SERVER_UNAVAILABLE, "Lien is starting; try again in a moment");
            }
        };
        return EmbeddedExtension.builder().withId("lien-start-gate").withName("Lien start gate").withVersion("1")
                .withPriority(1000).withStartPriority(1000)
                .withExtensionMain(new ExtensionMain() {
                    @Override
                    public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
                        Services.securityRegistry().setAuthenticatorProvider(i -> authenticator);
                        Services.initializerRegistry().setClientInitializer((i, context) ->
                                context.addPublishInboundInterceptor(EmbeddedBroker.this::onInboundPublish));
                    }

                    @Override
                    public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {
                    }
                }).build();
    }

    @PreDestroy
    @Override
    public void close() {
        starting.thenAccept(EmbeddedMqttBroker::close).exceptionally(e -> null).join();
        if (batcher != null) {
            batcher.close();
        }
    }
}
