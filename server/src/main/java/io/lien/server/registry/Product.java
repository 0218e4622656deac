package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;

/**
 * A garment or accessory as the registry knows it: its names in every language the catalogue gives,
 * each with its article ("the navy trench coat", "le trench bleu marine").
 */
public record Product(String id, Names names, String category, @Nullable String collection, int priceCents) implements Named {
}
