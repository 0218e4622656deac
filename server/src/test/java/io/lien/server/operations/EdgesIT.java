package io.lien.server.operations;

import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's edges, as someone poking at them from outside would find them: /health says UP and nothing
 * more (its details are for head office and managers), Micronaut's internals are off, metrics need the scrape
 * token, every answer carries the security headers, no foreign origin is let in by CORS, and a body too large
 * is refused before it is read.
 */
class EdgesIT {

    private static final String SCRAPE = "scrape-token-0123456789";
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start(Map.of("lien.metrics.scrape-token", SCRAPE));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthSaysUpToAnyoneAndItsDetailsOnlyToHeadOfficeAndManagers() {
        HttpResponse<String> open = server.getAlone("/health");
        assertEquals(200, open.statusCode());
        assertTrue(open.body().contains("UP"), open.body());
        assertFalse(open.body().contains("details") || open.body().contains("jdbc") || open.body().contains("diskSpace"), open.body());

        assertEquals(401, server.get("/api/health", null).statusCode());
        assertEquals(403, server.get("/api/health", server.token("lea", "lien-demo")).statusCode(), "an advisor");
        HttpResponse<String> manager = server.get("/api/health", server.token("marc", "lien-demo"));
        assertEquals(200, manager.statusCode());
        assertTrue(manager.body().contains("jdbc") && manager.body().contains("diskSpace"), manager.body());
        assertEquals(200, server.get("/api/health", server.token("ines", "lien-demo")).statusCode());
    }

    @Test
    void micronautsInternalsAreOffEvenForHeadOffice() {
        String admin = server.token("ines", "lien-demo");
        for (String path : List.of("/beans", "/env", "/loggers", "/routes", "/threaddump", "/info", "/refresh", "/stop", "/caches",
                "/metrics")) {
            for (String token : java.util.Arrays.asList(null, admin)) {
                HttpResponse<String> r = server.get(path, token);
                assertTrue(List.of(401, 403, 404).contains(r.statusCode()), path + ": " + r.statusCode() + " " + r.body());
                assertFalse(r.body().contains("io.micronaut") || r.body().contains("datasources"), path + " shows nothing inside");
            }
        }
    }

    @Test
    void metricsNeedTheScrapeToken() throws Exception {
        assertEquals(401, server.getAlone("/prometheus").statusCode());
        assertEquals(401, scrape("Bearer not-the-token-at-all").statusCode());
        assertEquals(401, server.get("/prometheus", server.token("ines", "lien-demo")).statusCode(), "a person's token is not the scraper's");
        HttpResponse<String> scraped = scrape("Bearer " + SCRAPE);
        assertEquals(200, scraped.statusCode());
        assertTrue(scraped.body().contains("jvm_memory_used_bytes"), "Prometheus text");
    }

    private static HttpResponse<String> scrape(String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.http("/prometheus")).header("Authorization", authorization)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpResponse<String> r : List.of(server.getAlone("/me/sign-in?lang=en"), server.getAlone("/health"),
                server.get("/api/stores/demo/moments", null), server.getAlone("/no-such-page"),
                server.post("/login", null, "{\"username\":\"x\",\"password\":\"y\"}"))) {
            String where = r.request().uri() + " " + r.statusCode();
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), where);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), where);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), where);
        }
    }

    @Test
    void noForeignOriginIsLetInByCors() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(server.http("/login"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());
        HttpResponse<String> read = client.send(HttpRequest.newBuilder(server.http("/api/stores/demo/setup"))
                .header("Origin", "https://evil.example").header("Authorization", "Bearer " + server.token("marc", "lien-demo")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(read.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), read.headers().toString());
        assertTrue(read.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void aBodyTooLargeIsRefusedWith413AndNothingBreaks() {
        String huge = "{\"username\":\"" + "x".repeat(7 << 20) + "\",\"password\":\"y\"}";
        HttpResponse<String> r = server.post("/login", null, huge);
        assertEquals(413, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        assertEquals(200, server.getAlone("/health").statusCode(), "and the server goes on");
    }
}
