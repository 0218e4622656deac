package io.lien.server.registry;

import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.GatewayIdentity;
import io.lien.protocol.uplink.UplinkSignature;
import io.lien.server.registry.model.MosquittoPasswordHash;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A store gateway's credentials for the central broker, as hashes only (decision 0028): one for the
 * embedded broker's check, one in Mosquitto's format for an external broker's password file.
 *
 * The signing key of its uplink messages is kept too: derived one way from the secret, it proves a message came
 * from the gateway and cannot sign in to the broker.
 *
 * @param name       gatewayId@storeId, its MQTT user name and client id
 * @param signingKey the key of its messages' signatures ({@link UplinkSignature}); null when issued before signatures
 */
@MappedEntity(value = "gateway_credential", escape = false)
public record GatewaySecret(@Id String name, String storeId, String gatewayId, String secretHash, String brokerHash,
                            long issuedAt, String issuedBy, @Nullable Long revokedAt, @Nullable String signingKey) {

    /** The hashes of a new secret for {@code gateway} (the secret itself is shown once and kept nowhere). */
    public static GatewaySecret issue(GatewayIdentity gateway, String secret, long now, String issuedBy) {
        return new GatewaySecret(gateway.name(), gateway.storeId(), gateway.gatewayId(), DeviceCredential.of(secret).text(),
                MosquittoPasswordHash.of(secret).text(), now, issuedBy, null, UplinkSignature.keyText(UplinkSignature.signingKey(secret)));
    }

    public GatewayIdentity identity() {
        return new GatewayIdentity(storeId, gatewayId);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
