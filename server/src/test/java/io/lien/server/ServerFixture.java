package io.lien.server;

import io.lien.server.mqtt.BrokerAddress;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real server for tests: embedded broker on a free port, H2 in a temporary folder, HTTP on a
 * random port, the demo store written. Plus the few HTTP helpers tests need.
 */
public final class ServerFixture implements AutoCloseable {

    private final ApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path dataDir;
    private final Map<String, Object> extra;

    private ServerFixture(Map<String, Object> extra) {
        try {
            dataDir = extra.containsKey("lien.data-dir") ? Path.of(String.valueOf(extra.get("lien.data-dir")))
                    : Files.createTempDirectory("lien-server-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> props = new HashMap<>();
        props.put("lien.data-dir", dataDir.toString());
        props.put("lien.mqtt.embedded-port", 0);
        props.put("micronaut.server.port", -1);
        String run = ProcessHandle.current().pid() + "-" + System.nanoTime();
        props.put("lien.mqtt.client-id", "lien-server-" + run);
        props.put("lien.mqtt.share-group", "lien-it-" + run);
        props.put("lien.mqtt.session-expiry-seconds", 60);
        props.putAll(extra);
        this.extra = Map.copyOf(extra);
        context = Application.start(props);
    }

    public static ServerFixture start() {
        return new ServerFixture(Map.of());
    }

    public static ServerFixture start(Map<String, Object> extra) {
        return new ServerFixture(extra);
    }

    /** Stops this server and starts another on the same data: a restart. */
    public ServerFixture restart() {
        close();
        Map<String, Object> again = new HashMap<>(extra);
        again.put("lien.data-dir", dataDir.toString());
        return new ServerFixture(again);
    }

    public ApplicationContext context() {
        return context;
    }

    /** Issues (or rotates) a gateway's credentials for the central broker; the secret to sign in with. */
    public String gatewaySecret(String storeId, String gatewayId) {
        return context().getBean(io.lien.server.setup.application.GatewayEnrolment.class).issueFor("test", storeId, gatewayId);
    }

    /** A Paho client connected to the central broker as the store's gateway {@code gatewayId}, with credentials issued for it. */
    public org.eclipse.paho.mqttv5.client.MqttClient gatewayClient(String storeId, String gatewayId)
            throws org.eclipse.paho.mqttv5.common.MqttException {
        String name = new io.lien.protocol.uplink.GatewayIdentity(storeId, gatewayId).name();
        var client = new org.eclipse.paho.mqttv5.client.MqttClient(brokerUri(), name,
                new org.eclipse.paho.mqttv5.client.persist.MemoryPersistence());
        var options = new org.eclipse.paho.mqttv5.client.MqttConnectionOptions();
        options.setUserName(name);
        options.setPassword(gatewaySecret(storeId, gatewayId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        client.connect(options);
        return client;
    }

    public String brokerUri() {
        return context.getBean(BrokerAddress.class).uri();
    }

    public URI http(String path) {
        return URI.create("http://127.0.0.1:" + context.getBean(EmbeddedServer.class).getPort() + path);
    }

    public String token(String user, String password) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(http("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build());
        return accessToken(r);
    }

    /** The bearer token in an answer of /login or /api/me/store; fails the test if there is none. */
    public static String accessToken(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new AssertionError("no token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    public HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(http(path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.GET().build());
    }

    /**
     * A GET on a connection of its own, for requests the server answers by closing the connection
     * (an over-long line): on the shared client that dead connection went back to the pool and the
     * next test's request failed with "header parser received no bytes".
     */
    public HttpResponse<String> getAlone(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(http(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(http(path)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> put(String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(http(path)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(http(path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.DELETE().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads a server-sent event stream on a background thread and keeps each event's data. */
    public final class SseRecorder implements AutoCloseable {
        public final List<String> data = new CopyOnWriteArrayList<>();
        public final List<String> ids = new CopyOnWriteArrayList<>();
        private final Thread reader;

        SseRecorder(String path, String token, String lastEventId) {
            HttpRequest.Builder b = HttpRequest.newBuilder(http(path)).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                b.header("Last-Event-ID", lastEventId);
            }
            HttpRequest request = b.GET().build();
            reader = new Thread(() -> {
                try {
                    http.send(request, HttpResponse.BodyHandlers.ofLines()).body().forEach(line -> {
                        if (line.startsWith("data:") && !line.substring(5).isBlank()) { // not a keep-alive's empty data
                            data.add(line.substring(5).trim());
                        } else if (line.startsWith("id:")) {
                            ids.add(line.substring(3).trim());
                        }
                    });
                } catch (IOException | UncheckedIOException | InterruptedException e) {
                    // closed by the test
                }
            }, "sse-recorder");
            reader.setDaemon(true);
            reader.start();
        }

        public boolean any(String fragment) {
            return data.stream().anyMatch(d -> d.contains(fragment));
        }

        @Override
        public void close() {
            reader.interrupt();
        }
    }

    public SseRecorder sse(String path, String token, String lastEventId) {
        return new SseRecorder(path, token, lastEventId);
    }

    @Override
    public void close() {
        context.close();
    }
}
