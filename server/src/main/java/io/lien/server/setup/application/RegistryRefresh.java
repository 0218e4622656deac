package io.lien.server.setup.application;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.RegistryPublisher;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * After a committed change, the registry in memory is read again and the store's registry sent to its
 * gateways (retained): a gateway knows a new device within a second, without a restart.
 */
@Singleton
class RegistryRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryRefresh.class);

    private final DeviceRegistry registry;
    private final RegistryPublisher publisher;

    RegistryRefresh(DeviceRegistry registry, RegistryPublisher publisher) {
        this.registry = registry;
        this.publisher = publisher;
    }

    @TransactionalEventListener
    void afterCommit(SetupChanged changed) {
        registry.reload();
        if (changed.storeId() == null) {
            return;
        }
        try {
            publisher.publish(changed.storeId());
        } catch (IOException e) {
            // retained and republished at every start; the gateway keeps its cached registry meanwhile
            LOG.warn("The registry of store {} changed but could not be sent now: {}", changed.storeId(), e.getMessage());
        }
    }
}
