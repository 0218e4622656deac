package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.time.Duration;

/**
 * Messages to clients about their orders, and the messaging/SMS provider.
 *
 * @param sendEvery     how often messages that are due go (and failed ones are tried again)
 * @param maxAttempts   tries before a message is given up (it stays in the outbox with its last error)
 * @param webhookUrl    the messaging provider's webhook for SMS and WhatsApp (docs/messages.md); none: they are only logged
 * @param webhookSecret signs each call (HMAC-SHA256 of the body, header {@code X-Lien-Signature})
 */
@ConfigurationProperties("lien.messages")
public record MessageSettings(@Bindable(defaultValue = "30s") Duration sendEvery, @Bindable(defaultValue = "8") int maxAttempts,
                              @Nullable String webhookUrl, @Nullable String webhookSecret) {

    public MessageSettings {
        InvalidSetting.positive(sendEvery, "lien.messages.send-every");
        InvalidSetting.require(maxAttempts >= 1 && maxAttempts <= 50, "lien.messages.max-attempts", "must be 1 to 50", maxAttempts);
        InvalidSetting.require(webhookUrl == null || webhookUrl.isBlank() || isHttp(webhookUrl), "lien.messages.webhook-url",
                "must be an http(s) address", webhookUrl);
    }

    public boolean webhook() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }

    private static boolean isHttp(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
