package io.lien.server.operations;

import io.lien.server.ServerFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTPS by configuration alone (docs/security.md): with a key store, the server answers over TLS — a client
 * trusting the server's certificate signs in and reads, HSTS included — and answers nothing in plain text on
 * that port. The key pair is made for the test by the JDK's keytool.
 */
class HttpsIT {

    private static final String PASSWORD = io.lien.broker.TestKeys.PASSWORD;
    private static ServerFixture server;
    private static Path keys;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        keys = io.lien.broker.TestKeys.localhost();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = ServerFixture.start(Map.of("micronaut.server.ssl.enabled", true, "micronaut.server.ssl.port", port,
                "micronaut.ssl.key-store.path", "file:" + keys, "micronaut.ssl.key-store.password", PASSWORD,
                "micronaut.ssl.key-store.type", "PKCS12", "lien.public-url", "https://localhost:" + port));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpClient trusting() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void theServerAnswersOverTlsWithHsts() throws Exception {
        assertEquals(port, server.context().getBean(EmbeddedServer.class).getPort());
        HttpResponse<String> health = trusting().send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="), health.headers().toString());
        HttpResponse<String> login = trusting().send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"marc\",\"password\":\"lien-demo\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
    }

    @Test
    void plainTextIsRefusedOnTheTlsPort() {
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThrows(java.io.IOException.class, () -> plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsNotServed() {
        assertThrows(javax.net.ssl.SSLException.class, () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString()));
    }
}
