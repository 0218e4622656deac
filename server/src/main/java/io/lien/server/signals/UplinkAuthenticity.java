package io.lien.server.signals;

import io.lien.protocol.ProtocolViolation;
import io.lien.protocol.uplink.GatewayIdentity;
import io.lien.protocol.uplink.UplinkSignature;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.registry.GatewayLogins;
import io.lien.server.settings.MqttSettings;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Whether a message read from an external broker comes from the gateway its topic names (decision 0028): the
 * server cannot see who published on another broker, so each message carries its gateway's signature and is
 * refused without a good one. The embedded broker checks the publisher itself, and the server's own events
 * need no proof: only the external path asks here.
 */
@Singleton
final class UplinkAuthenticity {

    private final GatewayLogins gateways;
    private final boolean required;

    UplinkAuthenticity(GatewayLogins gateways, MqttSettings mqtt) {
        this.gateways = gateways;
        this.required = mqtt.requireSignedUplink();
    }

    /** Why the message is not proven to be its gateway's; empty when it is (or when the topic itself is wrong: decoding says why). */
    Optional<String> refusal(String topic, byte[] payload, String signature) {
        UplinkTopics.EventsTopic from;
        try {
            from = UplinkTopics.parseEvents(topic);
        } catch (ProtocolViolation e) {
            return Optional.empty();
        }
        GatewayIdentity gateway = new GatewayIdentity(from.storeId(), from.gatewayId());
        Optional<byte[]> key = gateways.signingKey(gateway);
        if (key.isEmpty()) {
            return required ? Optional.of("gateway " + gateway.name() + " has no signing key (no live credentials, or issued "
                    + "before signatures: rotate them)") : Optional.empty();
        }
        if (!required && (signature == null || signature.isEmpty())) {
            return Optional.empty();
        }
        return UplinkSignature.refusal(key.get(), topic, payload, signature).map(why -> why + " (gateway " + gateway.name() + ")");
    }
}
