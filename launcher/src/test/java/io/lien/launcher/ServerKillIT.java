package io.lien.launcher;

import io.lien.gateway.EdgeGateway;
import io.lien.launcher.bench.HangerFleet;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.cleaning.DeviceRateLimiter;
import io.lien.server.Application;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Short form of "kill -9 the server under load, restart: 0 lost, 0 doubled". The server runs in
 * its own process (embedded broker, H2 file); the demo store's 40 hangers press their buttons as
 * fast as the gateway takes them; the server is SIGKILLed a third of the way in and restarted; at
 * the end the rows in the database are counted against what the devices were told was accepted.
 */
class ServerKillIT {

    static final int PRESSES = 6_000;
    static final String GATEWAY = "gw-kill";

    /** Under target/, so the servers' logs are there to read after a failure. */
    private final Path dir = Path.of("target", "server-kill-it", Long.toString(System.currentTimeMillis(), 36)).toAbsolutePath();

    @Test
    void aServerKilledUnderLoadLosesNothingAndStoresNothingTwice() throws Exception {
        int http = freePort();
        int broker = freePort();
        Process server = startServer(http, broker, "server-1.log");
        awaitHealthy(http);
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", GATEWAY, "tcp://127.0.0.1:" + broker, dir.resolve("gw"))
                .withEmbeddedLan("127.0.0.1", 0).withRateLimit(new DeviceRateLimiter.Settings(10_000, 10_000)));
        HangerFleet fleet = new HangerFleet(gateway.lanUri());
        int killAt = Integer.getInteger("killAt", PRESSES / 3);
        try {
            fleet.press(killAt);
            server.destroyForcibly();
            assertTrue(server.waitFor(10, TimeUnit.SECONDS));
            server = startServer(http, broker, "server-2.log");
            fleet.press(PRESSES - killAt);
            awaitHealthy(http);
            try {
                await().atMost(Duration.ofSeconds(120)).until(() -> fleet.allAnswered() && gateway.pendingUplink() == 0);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("acknowledged " + fleet.acknowledged() + ", failed " + fleet.failed() + ", journal pending "
                        + gateway.pendingUplink() + ", gateway " + gateway.metrics().snapshot() + "; logs in " + dir, e);
            }
            assertEquals(0, fleet.failed(), "every press acknowledged to its hanger");
            // the last events may still be between the broker and the database: wait until the
            // server's counters stop moving (the rows themselves are counted once it has stopped)
            String token = token(http);
            String[] last = {""};
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                String now = authorizedGet(http, "/api/ingestion", token);
                boolean still = now.equals(last[0]) && now.contains("stored");
                last[0] = now;
                return still;
            });
            System.out.println("server counters after the restart: " + last[0]);
        } finally {
            fleet.close();
            gateway.close();
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("server").toAbsolutePath().resolve("lien"), "sa", "");
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT count(*), count(DISTINCT seq) FROM signal WHERE gateway_id = '" + GATEWAY + "' AND type = 'hanger.button'")) {
            rs.next();
            assertEquals(PRESSES, rs.getLong(1), "every acknowledged press stored (0 lost)");
            assertEquals(PRESSES, rs.getLong(2), "none stored twice");
        }
    }

    private Process startServer(int http, int broker, String log) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dlien.data-dir=" + dir.resolve("server"), "-Dmicronaut.server.port=" + http,
                "-Dlien.mqtt.embedded-port=" + broker, "-Duser.home=" + dir.resolve("home"),
                Application.class.getName())
                .redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    private static void awaitHealthy(int port) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> get(port, "/health").contains("UP"));
    }

    private static String token(int port) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"marc\",\"password\":\"lien-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private static String authorizedGet(int port, String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String get(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
