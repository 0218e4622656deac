package io.lien.server.moments;

import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tablet's live feed answers at once, even in a quiet store, and says it is alive before any moment. */
class MomentFeedIT {

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aQuietStoresFeedOpensAtOnceWithAKeepAliveCommentAndNoMoment() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.http("/api/stores/demo/moments/stream"))
                .header("Authorization", "Bearer " + server.token("lea", "lien-demo")).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(5)).GET().build(); // the answer starts within 5 s, or this fails
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            byte[] first = new byte[64];
            int n = in.read(first);
            String start = new String(first, 0, Math.max(n, 0), StandardCharsets.UTF_8);
            assertTrue(start.startsWith(": alive"), start);
        }
    }
}
