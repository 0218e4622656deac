package io.lien.server.advisors;

import io.lien.server.web.Problems;
import io.micronaut.security.authentication.Authentication;

/**
 * A token is for one store: the one its holder signed in to (their own) or chose since
 * ({@code POST /api/me/store}, for a manager of several shops). It sees that store and no other.
 */
public final class StoreAccess {

    public static final String STORE_CLAIM = "store";

    private StoreAccess() {
    }

    public static void require(Authentication authentication, String storeId) {
        Object store = authentication.getAttributes().get(STORE_CLAIM);
        if (!storeId.equals(store)) {
            throw new Problems.Forbidden("You are signed in to store " + store + ", not " + storeId
                    + "; if it is one of yours, choose it first (POST /api/me/store).");
        }
    }
}
