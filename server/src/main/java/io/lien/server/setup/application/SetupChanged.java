package io.lien.server.setup.application;

/** A store's set-up changed (in a transaction): once committed, the registry is read again and sent to its gateways. */
public record SetupChanged(String storeId) {
}
