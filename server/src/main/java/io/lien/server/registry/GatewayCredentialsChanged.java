package io.lien.server.registry;

import io.lien.protocol.uplink.GatewayIdentity;

/** A gateway's credentials were issued, rotated or revoked: after commit, the broker checks the new ones. */
public record GatewayCredentialsChanged(GatewayIdentity gateway) {
}
