package io.lien.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Hands out the gateway's uplink sequence numbers so that (gateway id, seq) is never reused,
 * even across crashes: numbers are reserved on disk in blocks before use, so a crash skips at
 * most one block and never repeats a number.
 */
final class SequenceStore {

    static final long BLOCK = 10_000;

    private final Path file;
    private long next;
    private long reservedUpTo;

    SequenceStore(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        this.next = Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : 0;
        this.reservedUpTo = next;
    }

    synchronized long next() {
        if (next >= reservedUpTo) {
            reserve(next + BLOCK);
        }
        return next++;
    }

    private void reserve(long upTo) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Long.toString(upTo), StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            reservedUpTo = upTo;
        } catch (IOException e) {
            throw new IllegalStateException("cannot reserve sequence numbers in " + file, e);
        }
    }
}
