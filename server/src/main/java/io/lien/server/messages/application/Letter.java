package io.lien.server.messages.application;

/**
 * One message to one address, its words final: {@code channel} email, sms or whatsapp. {@code id}
 * travels with it (the provider's idempotency key; the e-mail's Message-ID).
 */
public record Letter(String id, String channel, String address, String subject, String body) {
}
