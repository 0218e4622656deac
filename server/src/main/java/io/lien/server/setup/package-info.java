/**
 * The back office: how head office and a store's manager set a store up without touching code —
 * stores and their opening hours, the floor plan with its zones, beacons, readers and fixtures placed
 * in metres, devices registered (and retired, never deleted, so that history keeps its meaning),
 * garments assigned to hangers by the rackful, staff invited and removed (their client books move to
 * a colleague), devices' health, and every change audited with its before and after. Each change
 * reaches the gateways through the registry, at once.
 */
package io.lien.server.setup;
