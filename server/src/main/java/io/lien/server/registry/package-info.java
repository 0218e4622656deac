/**
 * The store's device registry: stores, zones, products, and which hanger carries which garment,
 * which zone each beacon and reader covers, where each fixture stands. Staff own it; the server
 * keeps it, answers lookups from memory, and publishes each store's device list to its gateways
 * (retained) so that a gateway can refuse devices it does not know. Names of products and zones
 * are rows by language; {@code PhraseWording} words phrases with them.
 */
package io.lien.server.registry;
