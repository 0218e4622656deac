package io.lien.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the ground truth as CSV: {@code second,installId,zone,x,y} (empty zone: out of the store). */
public final class GroundTruthFile implements GroundTruth, AutoCloseable {

    private final BufferedWriter out;

    public GroundTruthFile(Path file) throws IOException {
        out = Files.newBufferedWriter(file);
        out.write("second,installId,zone,x,y\n");
    }

    @Override
    public void at(long second, String installId, String zoneId, double x, double y) {
        try {
            out.write(String.format(Locale.ROOT, "%d,%s,%s,%.2f,%.2f%n", second, installId, zoneId == null ? "" : zoneId, x, y));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
