package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;

/**
 * A garment or accessory as the registry knows it: its names in every language the catalogue gives,
 * each with its article ("the navy trench coat", "le trench bleu marine"), its photo when the catalogue
 * has one; a retired product stays known (orders and handlings name it) but is offered nowhere.
 */
public record Product(String id, Names names, String category, @Nullable String collection, int priceCents,
                      @Nullable String imageUrl, boolean retired) implements Named {

    public Product(String id, Names names, String category, @Nullable String collection, int priceCents) {
        this(id, names, category, collection, priceCents, null, false);
    }
}
