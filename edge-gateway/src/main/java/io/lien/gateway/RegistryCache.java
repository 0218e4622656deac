package io.lien.gateway;

import io.lien.protocol.uplink.StoreRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The last registry the server sent, on disk: a gateway starting during an outage still knows its devices. */
final class RegistryCache {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryCache.class);

    private final Path file;

    RegistryCache(Path file) {
        this.file = file;
    }

    Optional<StoreRegistry> load() {
        try {
            if (Files.exists(file)) {
                return Optional.of(StoreRegistry.fromJson(Files.readString(file)));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring an unreadable registry cache {}: {}", file, e.getMessage());
        }
        return Optional.empty();
    }

    void save(String json) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, json);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Could not cache the registry: {}", e.getMessage());
        }
    }
}
