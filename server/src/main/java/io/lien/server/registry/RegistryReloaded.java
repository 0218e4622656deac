package io.lien.server.registry;

/** The registry in memory was read again (a garment re-assigned, a device added): whatever it drew may be out of date. */
public record RegistryReloaded() {
}
