package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;

/**
 * An area of a store; a fitting room is a zone inside the fitting-rooms zone ({@code parentId}).
 * The kind says what happens there: a garment seen in a {@value #FITTING_ROOM} is being tried.
 */
public record Zone(String id, String storeId, Names names, @Nullable String parentId, String kind) implements Named {

    public static final String FLOOR = "floor";
    public static final String ENTRANCE = "entrance";
    public static final String FITTING_ROOM = "fitting-room";
    public static final String TILL = "till";

    public boolean isFittingRoom() {
        return FITTING_ROOM.equals(kind);
    }
}
