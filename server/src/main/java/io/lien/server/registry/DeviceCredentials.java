package io.lien.server.registry;

import io.lien.protocol.uplink.DeviceCredential;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;

/**
 * Onboarding a device: a new random secret, shown once to whoever installs the device, kept here
 * only as a salted hash, and sent (as the hash) to the store's gateways at once. Issuing again
 * rotates the secret: the old one stops working as soon as the gateway has the new registry.
 */
@Singleton
public class DeviceCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceCredentials.class);

    /** What issuing a secret came to. */
    public sealed interface Outcome permits Issued, UnknownDevice {
    }

    /** {@code secret} is shown once and never stored. */
    public record Issued(String deviceId, String secret, long issuedAt) implements Outcome {
    }

    public record UnknownDevice(String storeId, String deviceId) implements Outcome {
    }

    private final DeviceRegistry registry;
    private final DeviceSecretRepository secrets;
    private final RegistryPublisher publisher;
    private final Clock clock;

    @Inject
    DeviceCredentials(DeviceRegistry registry, DeviceSecretRepository secrets, RegistryPublisher publisher) {
        this(registry, secrets, publisher, Clock.systemUTC());
    }

    DeviceCredentials(DeviceRegistry registry, DeviceSecretRepository secrets, RegistryPublisher publisher, Clock clock) {
        this.registry = registry;
        this.secrets = secrets;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Outcome issue(String storeId, String deviceId, String issuedBy) {
        return issue(storeId, deviceId, DeviceCredential.newSecret(), issuedBy);
    }

    /**
     * Secrets for the store's devices among {@code deviceIds} that have none yet (a rack of new hangers, to
     * program in one go), each shown once; the registry is sent to the gateways once for all of them.
     */
    public java.util.Map<String, String> issueMissing(String storeId, java.util.Collection<String> deviceIds, String issuedBy) {
        java.util.Map<String, String> issued = new java.util.LinkedHashMap<>();
        long now = clock.millis();
        for (String id : deviceIds) {
            if (registry.hasDevice(storeId, id) && !registry.hasSecret(id)) {
                String secret = DeviceCredential.newSecret();
                secrets.save(new DeviceSecret(id, storeId, DeviceCredential.of(secret).text(), now, issuedBy));
                issued.put(id, secret);
            }
        }
        if (!issued.isEmpty()) {
            registry.reload();
            try {
                publisher.publish(storeId);
            } catch (IOException e) {
                LOG.warn("Secrets of {} devices stored, but the registry of store {} could not be sent now: {}", issued.size(), storeId,
                        e.getMessage());
            }
            LOG.info("Secrets issued for {} devices of store {} by {}", issued.size(), storeId, issuedBy);
        }
        return issued;
    }

    /** With a given secret: the demo store's devices use well-known ones (docs/operations.md). */
    public Outcome issue(String storeId, String deviceId, String secret, String issuedBy) {
        if (!registry.hasDevice(storeId, deviceId)) {
            return new UnknownDevice(storeId, deviceId);
        }
        long now = clock.millis();
        DeviceSecret row = new DeviceSecret(deviceId, storeId, DeviceCredential.of(secret).text(), now, issuedBy);
        if (secrets.existsById(deviceId)) {
            secrets.update(row);
        } else {
            secrets.save(row);
        }
        registry.reload();
        try {
            publisher.publish(storeId);
        } catch (IOException e) {
            // the registry is retained and republished at every start; the gateway keeps its cached one meanwhile
            LOG.warn("Secret of {} stored, but the registry of store {} could not be sent now: {}", deviceId, storeId, e.getMessage());
        }
        LOG.info("Secret issued for device {} of store {} by {}", deviceId, storeId, issuedBy);
        return new Issued(deviceId, secret, now);
    }
}
