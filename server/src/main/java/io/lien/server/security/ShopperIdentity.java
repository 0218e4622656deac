package io.lien.server.security;

import io.lien.server.web.Problems;
import io.micronaut.security.authentication.Authentication;

import java.util.List;
import java.util.Map;

/**
 * A signed-in shopper as their token says: whose data the token reaches. A controller takes it as an
 * argument instead of reading claims.
 *
 * @param clientId  the client whose data this token reaches, and no other's
 * @param email     what they signed in with
 * @param firstName how pages greet them
 */
public record ShopperIdentity(String clientId, String email, String firstName) implements Caller {

    @Override
    public String id() {
        return email;
    }

    @Override
    public String displayName() {
        return firstName.isEmpty() ? email : firstName;
    }

    @Override
    public String role() {
        return Roles.SHOPPER;
    }


    static ShopperIdentity of(Authentication authentication) {
        Object client = authentication.getAttributes().get(Claims.CLIENT);
        if (client == null) {
            throw new Problems.Forbidden("problem.token.not-a-shopper");
        }
        Object name = authentication.getAttributes().get(Claims.NAME);
        return new ShopperIdentity(client.toString(), authentication.getName(), name == null ? "" : name.toString());
    }

    /** Builds the token's content for a shopper. */
    static Authentication authentication(String email, String clientId, String firstName) {
        return Authentication.build(email, List.of(Roles.SHOPPER), Map.of(Claims.CLIENT, clientId, Claims.NAME, firstName));
    }

}
