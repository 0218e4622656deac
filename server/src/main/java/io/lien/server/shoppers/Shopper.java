package io.lien.server.shoppers;

import io.lien.server.web.Problems;
import io.micronaut.security.authentication.Authentication;

/** The shopper role and the claim naming whose data a shopper's token may reach. */
public final class Shopper {

    public static final String ROLE = "SHOPPER";
    public static final String CLIENT_CLAIM = "client";

    private Shopper() {
    }

    /** The client a shopper's token belongs to. */
    public static String clientId(Authentication authentication) {
        Object client = authentication.getAttributes().get(CLIENT_CLAIM);
        if (client == null) {
            throw new Problems.Forbidden("This token is not a shopper's.");
        }
        return client.toString();
    }
}
