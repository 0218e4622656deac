package io.lien.server.messages.infrastructure;

import io.lien.server.messages.application.MessagingProvider;
import io.lien.server.settings.MessageSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.net.URI;

/** The provider's webhook when {@code lien.messages.webhook-url} is set; otherwise the log. */
@Factory
class MessagingProviders {

    @Singleton
    MessagingProvider messaging(MessageSettings settings, JsonMapper json) {
        if (settings.webhook()) {
            return new WebhookMessaging(URI.create(settings.webhookUrl()), settings.webhookSecret(), json);
        }
        return new LoggedMessaging();
    }
}
