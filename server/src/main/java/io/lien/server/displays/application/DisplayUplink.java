package io.lien.server.displays.application;

import io.lien.protocol.uplink.DisplayCommand;

import java.util.concurrent.CompletableFuture;

/** Where display commands go: the store's gateways (infrastructure), or a test's list. */
public interface DisplayUplink {

    CompletableFuture<Void> send(String storeId, DisplayCommand command);

    /** Takes the device's display back (a device removed, a test's store closed): its gateways forget it. */
    CompletableFuture<Void> withdraw(String storeId, String deviceId);
}
