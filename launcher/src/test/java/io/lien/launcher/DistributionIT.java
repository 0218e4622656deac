package io.lien.launcher;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distribution the build makes ({@code target/lien-*.tar.gz}), unpacked as a store's box would:
 * {@code bin/lien} runs with a JDK and nothing else, answers {@code --help}, and runs the demo to a
 * healthy server that stops cleanly on SIGTERM.
 */
class DistributionIT {

    @TempDir
    static Path unpacked;
    private static Path lien;

    @BeforeAll
    static void unpack() throws Exception {
        Path tarball;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            tarball = files.filter(p -> p.getFileName().toString().matches("lien-.*-distribution\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no distribution in target/: the package phase makes it"));
        }
        Process tar = new ProcessBuilder("tar", "xzf", tarball.toAbsolutePath().toString(), "-C", unpacked.toString())
                .inheritIO().start();
        assertEquals(0, tar.waitFor());
        try (Stream<Path> dirs = Files.list(unpacked)) {
            lien = dirs.findFirst().orElseThrow().resolve("bin/lien");
        }
        assertTrue(Files.isExecutable(lien), lien + " is executable");
    }

    @Test
    void serverHelpPrintsItsOptionsAndExitsZero() throws Exception {
        Finished r = run(List.of(lien.toString(), "server", "--help"));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().startsWith("Usage: lien server"), r.output());
        assertTrue(r.output().contains("--data"), r.output());
    }

    @Test
    void aMisspeltOptionExitsTwoAndSaysWhich() throws Exception {
        Finished r = run(List.of(lien.toString(), "demo", "--headles"));
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("Unknown option: '--headles'"), r.output());
        assertTrue(r.output().contains("Possible solutions: --headless"), r.output());
    }

    @Test
    void theDemoStartsHealthyHeadlessAndStopsCleanlyOnSigterm(@TempDir Path data) throws Exception {
        Path log = data.resolve("lien.log");
        Process demo = new ProcessBuilder(lien.toString(), "demo", "--headless", "--port", "0", "--broker-port", "0",
                "--data", data.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Pattern api = Pattern.compile("API and live feed\\s+(http://localhost:\\d+)");
            String[] base = new String[1];
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
                Matcher m = api.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    base[0] = m.group(1);
                }
                return base[0] != null || !demo.isAlive();
            });
            assertTrue(demo.isAlive(), Files.readString(log));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base[0] + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
        } finally {
            demo.destroy(); // SIGTERM
            assertTrue(demo.waitFor(60, TimeUnit.SECONDS), "stopped within a minute");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(143, demo.exitValue(), output); // 128 + SIGTERM, after the shutdown hook ran
        assertTrue(output.contains("Lien stopped."), output);
        assertFalse(output.contains("\n\tat "), "no stack trace: " + output);
    }

    private record Finished(int exit, String output) {
    }

    private static Finished run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Finished(p.exitValue(), output);
    }
}
