package io.lien.server.messages.application;

/**
 * Sends a text message (SMS, WhatsApp) through the brand's provider (docs/messages.md): Lien
 * posts it to the provider's webhook. Throws when it could not: the outbox tries again.
 */
public interface MessagingProvider {

    void send(Letter letter);
}
