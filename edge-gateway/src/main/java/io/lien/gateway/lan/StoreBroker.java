package io.lien.gateway.lan;

import io.lien.gateway.journal.JournalSync;
import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.PublishAuthorizer;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.SubscriptionAuthorizer;
import com.hivemq.extension.sdk.api.auth.parameter.PublishAuthorizerInput;
import com.hivemq.extension.sdk.api.auth.parameter.PublishAuthorizerOutput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerInput;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerOutput;
import com.hivemq.extension.sdk.api.client.parameter.ConnectionAttributeStore;
import com.hivemq.extension.sdk.api.interceptor.publish.PublishInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundInput;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import com.hivemq.extension.sdk.api.packets.publish.PublishPacket;
import com.hivemq.extension.sdk.api.packets.subscribe.SubackReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import io.lien.broker.EmbeddedMqttBroker;
import io.lien.protocol.RejectReason;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.nio.file.Path;

/**
 * The store's MQTT broker, inside the gateway process: devices connect here, and every connect,
 * publish and subscribe is checked by {@link DeviceAccess} (decision 0008). Refusals are reported
 * to the gateway, which counts them per device and reason. Device messages are handed to the
 * gateway inside the broker, before the device's PUBACK, so an acknowledged message is journalled.
 */
public final class StoreBroker implements AutoCloseable {

    /** Told of each refusal, on the broker's threads. */
    public interface Refusals {
        void refused(String clientId, RejectReason reason, String detail);
    }

    /**
     * Takes a device's message inside the broker, before the device is acknowledged: the device's
     * PUBACK waits until {@code answer} is told the message's events are journalled (forced), so a
     * PUBACK to a device means "kept".
     */
    public interface Intake {
        void accept(String topic, byte[] payload, JournalSync.Acknowledgement answer);
    }

    /** How long a device's PUBACK may wait for the journal before the device is told to send again. */
    static final Duration JOURNAL_WAIT = Duration.ofSeconds(10);

    private static final String ROLE = "lien-role";
    static final int MAX_PACKET_BYTES = 64 * 1024;

    private final EmbeddedMqttBroker broker;

    private StoreBroker(EmbeddedMqttBroker broker) {
        this.broker = broker;
    }

    /** @param tls a TLS listener as well, for the devices that can (null: none) */
    public static StoreBroker start(Path folder, String bindAddress, int port, EmbeddedMqttBroker.Tls tls, DeviceAccess access,
                                    Refusals refusals, Intake intake) {
        Guard guard = new Guard(access, refusals, intake);
        EmbeddedExtension extension = EmbeddedExtension.builder()
                .withId("lien-device-access").withName("Lien device access").withVersion("1")
                .withPriority(1000).withStartPriority(1000)
                .withExtensionMain(guard).build();
        // a device message is at most 1 KiB; 64 KiB still lets an oversized one reach the gateway to be
        // refused and counted, while a hostile 100 MB packet is cut at the door
        return new StoreBroker(EmbeddedMqttBroker.start(folder, bindAddress, port, extension, MAX_PACKET_BYTES,
                EmbeddedMqttBroker.Persistence.FILE, tls));
    }

    public String uri() {
        return broker.uri();
    }

    public int port() {
        return broker.port();
    }

    /** The TLS listener's address, or null. */
    public String tlsUri() {
        return broker.tlsUri();
    }

    @Override
    public void close() {
        broker.close();
    }

    /** Bridges HiveMQ's extension interfaces to {@link DeviceAccess}. */
    private record Guard(DeviceAccess access, Refusals refusals, Intake intake)
            implements ExtensionMain, SimpleAuthenticator, PublishAuthorizer, SubscriptionAuthorizer, PublishInboundInterceptor {

        @Override
        public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
            Services.securityRegistry().setAuthenticatorProvider(input -> this);
            Services.securityRegistry().setAuthorizerProvider(input -> this);
            Services.initializerRegistry().setClientInitializer((input, context) -> context.addPublishInboundInterceptor(this));
        }

        @Override
        public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {
        }

        @Override
        public void onConnect(SimpleAuthInput input, SimpleAuthOutput output) {
            String clientId = input.getClientInformation().getClientId();
            DeviceAccess.Decision decision = access.connect(clientId,
                    input.getConnectPacket().getUserName().orElse(null),
                    input.getConnectPacket().getPassword().map(Guard::bytes).orElse(null));
            if (decision instanceof DeviceAccess.Allowed allowed) {
                input.getConnectionInformation().getConnectionAttributeStore().putAsString(ROLE, allowed.role().name());
                output.authenticateSuccessfully();
            } else {
                DeviceAccess.Refused refused = (DeviceAccess.Refused) decision;
                refusals.refused(clientId, refused.reason(), refused.detail());
                output.failAuthentication(refused.reason() == RejectReason.BAD_CREDENTIALS
                        ? ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD : ConnackReasonCode.NOT_AUTHORIZED, refused.detail());
            }
        }

        @Override
        public void authorizePublish(PublishAuthorizerInput input, PublishAuthorizerOutput output) {
            String clientId = input.getClientInformation().getClientId();
            DeviceAccess.Decision decision = access.publish(clientId,
                    role(input.getConnectionInformation().getConnectionAttributeStore()), input.getPublishPacket().getTopic());
            if (decision instanceof DeviceAccess.Refused refused) {
                refusals.refused(clientId, refused.reason(), refused.detail());
                output.failAuthorization(AckReasonCode.NOT_AUTHORIZED, refused.detail());
            } else {
                output.authorizeSuccessfully();
            }
        }

        @Override
        public void authorizeSubscribe(SubscriptionAuthorizerInput input, SubscriptionAuthorizerOutput output) {
            String clientId = input.getClientInformation().getClientId();
            DeviceAccess.Decision decision = access.subscribe(clientId,
                    role(input.getConnectionInformation().getConnectionAttributeStore()),
                    input.getSubscription().getTopicFilter());
            if (decision instanceof DeviceAccess.Refused refused) {
                refusals.refused(clientId, refused.reason(), refused.detail());
                output.failAuthorization(SubackReasonCode.NOT_AUTHORIZED, refused.detail());
            } else {
                output.authorizeSuccessfully();
            }
        }

        /**
         * Runs before the publish is acknowledged (and, in HiveMQ, before the publish authorizer):
         * the sender's right to the topic is checked here, then the gateway takes the message and it
         * goes no further (nobody else subscribes to devices on this broker).
         */
        @Override
        public void onInboundPublish(PublishInboundInput input, PublishInboundOutput output) {
            DeviceAccess.Role role = role(input.getConnectionInformation().getConnectionAttributeStore());
            if (role == DeviceAccess.Role.GATEWAY) {
                return;
            }
            String clientId = input.getClientInformation().getClientId();
            PublishPacket packet = input.getPublishPacket();
            DeviceAccess.Decision decision = access.publish(clientId, role, packet.getTopic());
            if (decision instanceof DeviceAccess.Refused refused) {
                refusals.refused(clientId, refused.reason(), refused.detail());
                output.preventPublishDelivery(AckReasonCode.NOT_AUTHORIZED, refused.detail());
                return;
            }
            // nobody else subscribes to devices on this broker: the gateway takes the message
            Async<PublishInboundOutput> async = output.async(JOURNAL_WAIT, TimeoutFallback.FAILURE,
                    AckReasonCode.UNSPECIFIED_ERROR, "not journalled in time");
            intake.accept(packet.getTopic(), packet.getPayload().map(Guard::bytes).orElse(new byte[0]),
                    new JournalSync.Acknowledgement() {
                        @Override
                        public void journalled() {
                            output.preventPublishDelivery();
                            async.resume();
                        }

                        @Override
                        public void failed(String reason) {
                            output.preventPublishDelivery(AckReasonCode.UNSPECIFIED_ERROR, reason);
                            async.resume();
                        }
                    });
        }

        private static DeviceAccess.Role role(ConnectionAttributeStore store) {
            return store.getAsString(ROLE).map(DeviceAccess.Role::valueOf).orElse(DeviceAccess.Role.APP);
        }

        private static byte[] bytes(ByteBuffer buffer) {
            byte[] b = new byte[buffer.remaining()];
            buffer.duplicate().get(b);
            return b;
        }
    }
}
