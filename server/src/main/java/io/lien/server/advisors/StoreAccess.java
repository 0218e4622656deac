package io.lien.server.advisors;

import io.lien.server.web.Problems;
import io.micronaut.security.authentication.Authentication;

/** An advisor sees the store they work in, and no other. */
public final class StoreAccess {

    public static final String STORE_CLAIM = "store";

    private StoreAccess() {
    }

    public static void require(Authentication authentication, String storeId) {
        Object store = authentication.getAttributes().get(STORE_CLAIM);
        if (!storeId.equals(store)) {
            throw new Problems.Forbidden("You can see the store you work in (" + store + "), not " + storeId + ".");
        }
    }
}
