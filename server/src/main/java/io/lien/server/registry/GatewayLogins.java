package io.lien.server.registry;

import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.GatewayIdentity;
import io.lien.protocol.uplink.UplinkSignature;
import io.lien.server.mqtt.CentralBrokerAccess;
import io.lien.server.mqtt.EmbeddedBroker;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateways' credential hashes in memory, as the embedded broker checks them at every connection
 * (decision 0028). After a rotation or a revocation is committed, the gateway's current connection is
 * closed: it must sign in again, and only the new secret (or nothing) lets it back.
 */
@Singleton
public class GatewayLogins implements CentralBrokerAccess.GatewayLogins {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayLogins.class);

    private final GatewaySecretRepository secrets;
    private final Optional<EmbeddedBroker> broker;
    private volatile Map<String, DeviceCredential> byName = Map.of();
    private volatile Map<String, byte[]> signingKeys = Map.of();

    GatewayLogins(GatewaySecretRepository secrets, Optional<EmbeddedBroker> broker) {
        this.secrets = secrets;
        this.broker = broker;
    }

    @Override
    public boolean check(GatewayIdentity gateway, byte[] password) {
        DeviceCredential credential = byName.get(gateway.name());
        return credential != null && credential.matches(password);
    }

    /** The key that signs {@code gateway}'s uplink messages; empty when it has no live credentials, or older ones without. */
    public Optional<byte[]> signingKey(GatewayIdentity gateway) {
        return Optional.ofNullable(signingKeys.get(gateway.name()));
    }

    /** Reads every gateway's hash and signing key again (at start and after each change). */
    public void reload() {
        Map<String, DeviceCredential> fresh = new ConcurrentHashMap<>();
        Map<String, byte[]> keys = new ConcurrentHashMap<>();
        for (GatewaySecret s : secrets.findAll()) {
            if (!s.revoked()) {
                fresh.put(s.name(), new DeviceCredential(s.secretHash()));
                if (s.signingKey() != null) {
                    keys.put(s.name(), UplinkSignature.keyOf(s.signingKey()));
                }
            }
        }
        byName = fresh;
        signingKeys = keys;
    }

    @TransactionalEventListener
    void afterCommit(GatewayCredentialsChanged changed) {
        reload();
        broker.ifPresent(b -> b.disconnect(changed.gateway().name()));
        LOG.info("Credentials of gateway {} changed; its connection (if any) must sign in again", changed.gateway().name());
    }
}
