package io.lien.server.setup.application;

/**
 * A store's set-up changed (in a transaction): once committed, the registry is read again and sent to its
 * gateways. {@code storeId} null: a change of no one store (the catalogue): the registry is read again only.
 */
public record SetupChanged(String storeId) {
}
