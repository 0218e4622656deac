package io.lien.server.security;

import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.List;
import java.util.Map;

/**
 * Whoever changes how a store is set up: head office ({@link Roles#ADMIN}, every store, no store of
 * their own) or a store's manager (the one store their token is for). The back office takes it as an
 * argument; the audit log names it.
 *
 * @param storeId the manager's store; {@code null} for head office
 */
public record Operator(String username, String name, String role, @Nullable String storeId) {

    public boolean isAdmin() {
        return Roles.ADMIN.equals(role);
    }

    /** Whether they may change this store's set-up (the store scope rule has already refused other stores' managers). */
    public boolean mayChange(String store) {
        return isAdmin() || store.equals(storeId);
    }

    static Operator of(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        Object name = claims.get(Claims.NAME);
        String shown = name == null ? authentication.getName() : name.toString();
        if (authentication.getRoles().contains(Roles.ADMIN)) {
            return new Operator(authentication.getName(), shown, Roles.ADMIN, null);
        }
        Object store = claims.get(Claims.STORE);
        if (store == null || !authentication.getRoles().contains(Roles.MANAGER)) {
            throw new Problems.Forbidden("problem.token.not-operator");
        }
        return new Operator(authentication.getName(), shown, Roles.MANAGER, store.toString());
    }

    /** A head-office token: the role, the name, and no store. */
    static Authentication headOffice(String username, String name) {
        return Authentication.build(username, List.of(Roles.ADMIN), Map.of(Claims.NAME, name));
    }
}
