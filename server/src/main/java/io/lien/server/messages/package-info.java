/**
 * Reaching a client for real: e-mail over SMTP (Jakarta Mail), messaging and SMS through a
 * provider's webhook (docs/messages.md is the contract). Messages about an order wait in an outbox
 * ({@code outgoing_message}) until the client's quiet hours end, are tried again when a server is
 * down, go once (a key per message), and are erased with the client. Without an SMTP server (the
 * demo) e-mails are written as {@code .eml} files under the data folder, where a newcomer opens them.
 */
package io.lien.server.messages;
