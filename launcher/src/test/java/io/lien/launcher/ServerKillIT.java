package io.lien.launcher;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.cleaning.DeviceRateLimiter;
import io.lien.protocol.device.HangerButton;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.server.Application;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
        List<String> hangers = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            hangers.add(String.format("h-%03d", i));
        }
        List<Mqtt5AsyncClient> devices = connect(gateway.lanUri(), hangers);
        Semaphore window = new Semaphore(50);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long[] seq = new long[hangers.size()];
        try {
            for (int i = 0; i < PRESSES; i++) {
                if (i == Integer.getInteger("killAt", PRESSES / 3)) {
                    server.destroyForcibly();
                    assertTrue(server.waitFor(10, TimeUnit.SECONDS));
                    server = startServer(http, broker, "server-2.log");
                }
                int d = i % hangers.size();
                byte[] press = new HangerButton(hangers.get(d), 3, seq[d]++, System.currentTimeMillis(), "like").toJson()
                        .getBytes(StandardCharsets.UTF_8);
                window.acquire();
                devices.get(d).publishWith().topic("dev/hanger/" + hangers.get(d) + "/button").qos(MqttQos.AT_LEAST_ONCE)
                        .payload(press).send().whenComplete((r, e) -> {
                            (e == null && r.getError().isEmpty() ? acknowledged : failed).incrementAndGet();
                            window.release();
                        });
            }
            awaitHealthy(http);
            try {
                await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.get() + failed.get() == PRESSES
                        && gateway.pendingUplink() == 0);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("acknowledged " + acknowledged.get() + ", failed " + failed.get() + ", journal pending "
                        + gateway.pendingUplink() + ", gateway " + gateway.metrics().snapshot() + "; logs in " + dir, e);
            }
            assertEquals(0, failed.get(), "every press acknowledged to its hanger");
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
            devices.forEach(c -> c.disconnect().exceptionally(e -> null));
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

    private static List<Mqtt5AsyncClient> connect(String lanUri, List<String> hangers) throws Exception {
        URI lan = URI.create(lanUri);
        List<Mqtt5AsyncClient> clients = new ArrayList<>();
        for (String h : hangers) {
            Mqtt5AsyncClient c = MqttClient.builder().useMqttVersion5().identifier(h).serverHost(lan.getHost())
                    .serverPort(lan.getPort()).buildAsync();
            c.connectWith().simpleAuth().username(h).password(DeviceCredential.demoSecret(h).getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth().send().get(10, TimeUnit.SECONDS);
            clients.add(c);
        }
        return clients;
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
