/**
 * The demo store, "Lien Démo — Le Marais": a catalogue, a device registry matching the firmware
 * simulator's demo scenario, a handful of clients with histories across channels, and two staff
 * accounts. Written on first start of an empty database when {@code lien.demo.enabled} is true.
 */
package io.lien.server.demo;
