package io.lien.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real browser for pages Lien serves: the machine's Chromium, headless, with a fresh profile, never
 * one a tool downloads. {@code bash .ci/run} installs it ({@code apt-get install -y chromium}).
 */
public final class Chromium {

    private Chromium() {
    }

    static Path binary() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new AssertionError("No Chromium on this machine: apt-get install -y chromium (bash .ci/run does)");
    }

    /** The page's DOM after the browser loaded it. */
    public static String dom(String url) {
        return run(List.of("--dump-dom", url), null);
    }

    /** A PNG of the page as a phone (or a desktop) shows it: {@code width}×{@code height} CSS pixels. */
    public static void screenshot(String url, Path png, int width, int height) {
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", url), png);
    }

    private static String run(List<String> what, Path expected) {
        Path profile = null;
        try {
            profile = Files.createTempDirectory("lien-chromium");
            List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile));
            command.addAll(what);
            Path out = Files.createTempFile("lien-chromium", ".out");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("Chromium did not finish in 60 s: " + command);
            }
            String dom = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            if (expected != null && !Files.exists(expected)) {
                throw new AssertionError("Chromium wrote no " + expected + " (exit " + p.exitValue() + ")");
            }
            return dom;
        } catch (IOException e) {
            throw new AssertionError("Chromium could not run: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
