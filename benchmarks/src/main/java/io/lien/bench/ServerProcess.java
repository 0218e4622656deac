package io.lien.bench;

import io.lien.server.Application;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server in a process of its own (embedded broker on a free port, H2 file under {@code dir}),
 * so that a test or a benchmark can {@code kill -9} it and start it again on the same data.
 */
public final class ServerProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dir;
    private final int http;
    private final int broker;
    private Process process;

    public ServerProcess(Path dir) throws IOException {
        this.dir = dir;
        this.http = freePort();
        this.broker = freePort();
        Files.createDirectories(dir);
    }

    /** The server's embedded broker, for the gateway's uplink. */
    public String brokerUri() {
        return "tcp://127.0.0.1:" + broker;
    }

    public Path dir() {
        return dir;
    }

    /** Starts the server, its output in {@code dir/log}; returns without waiting for it to be ready. */
    public void start(String log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dlien.data-dir=" + dir.resolve("server"), "-Dmicronaut.server.port=" + http,
                "-Dlien.mqtt.embedded-port=" + broker, "-Duser.home=" + dir.resolve("home"),
                Application.class.getName())
                .redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. @return whether the process ended within 10 s */
    public boolean kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor(10, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM), waiting up to 30 s. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Waits until {@code /health} answers UP. @return whether it did within the time given */
    public boolean awaitHealthy(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (get("/health", null).contains("UP")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** A manager's bearer token (the demo's Marc). */
    public String managerToken() {
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(post("/login",
                "{\"username\":\"marc\",\"password\":\"lien-demo\"}"));
        if (!m.find()) {
            throw new IllegalStateException("the demo manager could not sign in");
        }
        return m.group(1);
    }

    /** The body of a GET, or "" if the server did not answer. */
    public String get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private String post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http + path);
    }

    /**
     * Rows of a gateway's events of one type in the stopped server's database: {count, distinct
     * seqs}. Equal counts mean nothing doubled; against what the devices sent, nothing lost.
     */
    public long[] storedRows(String gatewayId, String type) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("server").toAbsolutePath().resolve("lien"), "sa", "");
             var query = db.prepareStatement("SELECT count(*), count(DISTINCT seq) FROM signal WHERE gateway_id = ? AND type = ?")) {
            query.setString(1, gatewayId);
            query.setString(2, type);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
