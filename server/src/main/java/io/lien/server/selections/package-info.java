/**
 * Selections: an advisor picks a few pieces (what the client touched today one tap away), adds a
 * personal word, and Lien sends a link on the client's preferred channel if their consent allows it
 * and outside their quiet hours. The link opens on any device; its first opening joins the client's
 * timeline and tells the store's tablets. Sending goes through the {@code messages} feature:
 * e-mail over SMTP, messaging and SMS through the brand's provider.
 */
package io.lien.server.selections;
