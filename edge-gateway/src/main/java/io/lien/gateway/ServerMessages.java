package io.lien.gateway;

import io.lien.gateway.lan.DeviceAccess;
import io.lien.protocol.uplink.DisplayCommand;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What the server sends a gateway: its store's registry (which devices exist, where, and their credentials'
 * hashes), taken by the cleaner and the store broker's access check and cached on disk for the next start, and
 * each device's display, relayed to the device. A message that cannot be read is logged and ignored.
 */
final class ServerMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ServerMessages.class);

    private final String storeId;
    private final SignalCleaner cleaner;
    private final DeviceAccess access;
    private final RegistryCache cache;
    private final DisplayRelay displays;
    private final CountDownLatch registryReceived = new CountDownLatch(1);

    ServerMessages(String storeId, SignalCleaner cleaner, DeviceAccess access, RegistryCache cache, DisplayRelay displays) {
        this.storeId = storeId;
        this.cleaner = cleaner;
        this.access = access;
        this.cache = cache;
        this.displays = displays;
    }

    /** The registry cached at the last run, until the server's arrives; false when there is none. */
    boolean loadCachedRegistry() {
        return cache.load().map(cached -> {
            take(cached);
            LOG.info("Using the cached registry of store {} until the server's arrives", storeId);
            return true;
        }).orElse(false);
    }

    /** Waits for the server's registry; false when it did not come in time. */
    boolean awaitRegistry(Duration wait) throws InterruptedException {
        return registryReceived.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    void accept(String topic, byte[] payload) {
        String json = new String(payload, StandardCharsets.UTF_8);
        try {
            if (topic.equals(UplinkTopics.registry(storeId))) {
                if (json.isEmpty()) {
                    return;
                }
                StoreRegistry registry = StoreRegistry.fromJson(json);
                take(registry);
                cache.save(json);
                registryReceived.countDown();
                LOG.info("Registry of store {}: {} hangers, {} beacons, {} readers, {} fixtures", registry.storeId(),
                        registry.hangers().size(), registry.beaconZones().size(), registry.readerZones().size(),
                        registry.fixtures().size());
            } else if (UplinkTopics.isDisplay(storeId, topic) && !json.isEmpty()) {
                DisplayCommand command = DisplayCommand.fromJson(json);
                if (!topic.endsWith("/" + command.deviceId())) {
                    throw new IllegalArgumentException("a display for " + command.deviceId() + " on another device's topic");
                }
                displays.show(command);
            }
        } catch (RuntimeException e) {
            LOG.warn("Ignored an invalid message from the server on {}: {}", topic, e.getMessage());
        }
    }

    private void take(StoreRegistry registry) {
        synchronized (cleaner) {
            cleaner.updateRegistry(registry, System.currentTimeMillis());
        }
        access.update(registry);
    }
}
