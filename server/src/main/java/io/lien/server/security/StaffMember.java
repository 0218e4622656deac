package io.lien.server.security;

import io.lien.server.web.Problems;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;
import java.util.Set;

/**
 * An advisor or manager as their token says, for the one store the token is for. A controller takes
 * it as an argument instead of reading claims.
 *
 * @param username their sign-in name
 * @param name     how colleagues and the access log read them
 * @param storeId  the store this token works in
 * @param roles    {@link Roles#ADVISOR} and/or {@link Roles#MANAGER}
 */
public record StaffMember(String username, String name, String storeId, Set<String> roles) implements Caller {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean isManager() {
        return roles.contains(Roles.MANAGER);
    }

    @Override
    public String id() {
        return username;
    }

    @Override
    public String displayName() {
        return name;
    }

    /** The role the access log shows: manager when they are one. */
    @Override
    public String role() {
        return isManager() ? Roles.MANAGER : Roles.ADVISOR;
    }

    /** A token's view of its holder, or a refusal when the token is not a staff member's. */
    static StaffMember of(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        Object store = claims.get(Claims.STORE);
        if (store == null) {
            throw new Problems.Forbidden("problem.token.not-staff");
        }
        Object name = claims.get(Claims.NAME);
        return new StaffMember(authentication.getName(), name == null ? authentication.getName() : name.toString(),
                store.toString(), Set.copyOf(authentication.getRoles()));
    }

    /** Builds the token's content for a staff member working in {@code storeId}. */
    public static Authentication authentication(String username, String name, String role, String storeId) {
        return Authentication.build(username, java.util.List.of(role), Map.of(Claims.STORE, storeId, Claims.NAME, name));
    }

}
