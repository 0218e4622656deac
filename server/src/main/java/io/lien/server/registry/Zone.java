package io.lien.server.registry;

import io.micronaut.core.annotation.Nullable;

/**
 * An area of a store; a fitting room is a zone inside the fitting-rooms zone ({@code parentId}).
 * The kind says what happens there: a garment seen in a {@value #FITTING_ROOM} is being tried.
 * {@code shape} is its polygon on the plan ("x y, x y, …" in metres) once drawn; a retired zone
 * keeps its names for the visits that went through it.
 */
public record Zone(String id, String storeId, Names names, @Nullable String parentId, String kind, @Nullable String shape,
                   boolean retired) implements Named {

    public static final String FLOOR = "floor";
    public static final String ENTRANCE = "entrance";
    public static final String FITTING_ROOM = "fitting-room";
    public static final String TILL = "till";
    /** Every kind a zone may have, in the order a form offers them. */
    public static final java.util.List<String> KINDS = java.util.List.of(FLOOR, ENTRANCE, FITTING_ROOM, TILL);

    public Zone(String id, String storeId, Names names, @Nullable String parentId, String kind) {
        this(id, storeId, names, parentId, kind, null, false);
    }

    public boolean isFittingRoom() {
        return FITTING_ROOM.equals(kind);
    }
}
