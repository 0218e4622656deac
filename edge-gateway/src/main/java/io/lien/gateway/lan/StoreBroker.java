package io.lien.gateway.lan;

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
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import com.hivemq.extension.sdk.api.packets.subscribe.SubackReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import io.lien.broker.EmbeddedMqttBroker;
import io.lien.protocol.RejectReason;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * The store's MQTT broker, inside the gateway process: devices connect here, and every connect,
 * publish and subscribe is checked by {@link DeviceAccess} (decision 0008). Refusals are reported
 * to the gateway, which counts them per device and reason.
 */
public final class StoreBroker implements AutoCloseable {

    /** Told of each refusal, on the broker's threads. */
    public interface Refusals {
        void refused(String clientId, RejectReason reason, String detail);
    }

    private static final String ROLE = "lien-role";

    private final EmbeddedMqttBroker broker;

    private StoreBroker(EmbeddedMqttBroker broker) {
        this.broker = broker;
    }

    public static StoreBroker start(Path folder, String bindAddress, int port, DeviceAccess access, Refusals refusals) {
        Guard guard = new Guard(access, refusals);
        EmbeddedExtension extension = EmbeddedExtension.builder()
                .withId("lien-device-access").withName("Lien device access").withVersion("1")
                .withPriority(1000).withStartPriority(1000)
                .withExtensionMain(guard).build();
        return new StoreBroker(EmbeddedMqttBroker.start(folder, bindAddress, port, extension));
    }

    public String uri() {
        return broker.uri();
    }

    public int port() {
        return broker.port();
    }

    @Override
    public void close() {
        broker.close();
    }

    /** Bridges HiveMQ's extension interfaces to {@link DeviceAccess}. */
    private record Guard(DeviceAccess access, Refusals refusals)
            implements ExtensionMain, SimpleAuthenticator, PublishAuthorizer, SubscriptionAuthorizer {

        @Override
        public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
            Services.securityRegistry().setAuthenticatorProvider(input -> this);
            Services.securityRegistry().setAuthorizerProvider(input -> this);
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
