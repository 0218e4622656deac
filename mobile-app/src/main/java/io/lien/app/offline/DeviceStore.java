package io.lien.app.offline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * What the tablet keeps for itself (cached cards, the queue of notes waiting for the network), as
 * JSON files in the app's private storage. Written to a temporary file then moved, so a crash
 * mid-write never leaves half a queue.
 */
public final class DeviceStore {

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public DeviceStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    ObjectMapper json() {
        return json;
    }

    /** @param name a file name Lien chose (never raw input) */
    synchronized void write(String name, Object value) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        json.writeValue(tmp.toFile(), value);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    synchronized <T> Optional<T> read(String name, JavaType type) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(file.toFile(), type));
        } catch (IOException e) {
            // an unreadable copy is no copy: the server's answer will replace it
            return Optional.empty();
        }
    }

    synchronized void delete(String name) throws IOException {
        Files.deleteIfExists(dir.resolve(name));
    }
}
