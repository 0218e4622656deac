package io.lien.server.messages.infrastructure;

import io.lien.server.messages.application.Letter;
import io.lien.server.messages.application.MessagingProvider;
import io.lien.server.security.Digests;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

/**
 * SMS and WhatsApp through the brand's provider: one JSON POST per message (docs/messages.md),
 * signed with the shared secret, its id as the idempotency key (a retry after a timeout is the same
 * message to the provider). Any answer but 2xx is a failure the outbox tries again.
 */
class WebhookMessaging implements MessagingProvider {

    /** The body the provider receives. */
    @Serdeable
    record Call(String id, String channel, String to, String text) {
    }

    private final URI url;
    private final byte[] secret;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookMessaging(URI url, String secret, JsonMapper json) {
        this.url = url;
        this.secret = (secret == null ? "" : secret).getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    public void send(Letter letter) {
        try {
            byte[] body = json.writeValueAsBytes(new Call(letter.id(), letter.channel(), letter.address(), letter.body()));
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", letter.id())
                    .header("X-Lien-Signature", "sha256=" + sign(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("the messaging provider answered " + answer.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the messaging provider could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        }
    }

    String sign(byte[] body) {
        return HexFormat.of().formatHex(Digests.hmacSha256(secret, body));
    }
}
