package io.lien.server.messages.infrastructure;

import com.sun.net.httpserver.HttpServer;
import io.lien.server.messages.application.Letter;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The messaging provider's webhook, against a real HTTP server standing in for the provider. */
class WebhookMessagingIT {

    private record Call(String body, Map<String, List<String>> headers) {
    }

    private HttpServer provider;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(202);

    @BeforeEach
    void start() throws Exception {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/send", exchange -> {
            calls.add(new Call(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), exchange.getRequestHeaders()));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    private WebhookMessaging messaging() {
        return new WebhookMessaging(URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/send"), "s3cret",
                JsonMapper.createDefault());
    }

    @Test
    void aTextGoesAsOneSignedJsonCallWithItsIdAsTheIdempotencyKey() {
        WebhookMessaging messaging = messaging();
        messaging.send(new Letter("m-7", "sms", "+33612345678", "unused", "Bonjour Jules, votre pull est prêt : https://x/s/abc"));
        assertEquals(1, calls.size());
        Call call = calls.get(0);
        assertEquals("{\"id\":\"m-7\",\"channel\":\"sms\",\"to\":\"+33612345678\",\"text\":\"Bonjour Jules, votre pull est prêt : "
                + "https://x/s/abc\"}", call.body());
        assertEquals(List.of("m-7"), call.headers().get("Idempotency-key"));
        String signature = call.headers().get("X-lien-signature").get(0);
        assertEquals("sha256=" + messaging.sign(call.body().getBytes(StandardCharsets.UTF_8)), signature);
        assertTrue(signature.matches("sha256=[0-9a-f]{64}"), signature);
    }

    @Test
    void aProviderThatRefusesOrIsDownIsAFailureTheOutboxTriesAgain() {
        answer.set(503);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> messaging().send(new Letter("m-8", "sms", "+33", "s", "t")));
        assertTrue(refused.getMessage().contains("503"), refused.getMessage());
        provider.stop(0);
        assertThrows(RuntimeException.class, () -> messaging().send(new Letter("m-9", "sms", "+33", "s", "t")));
    }
}
