package io.lien.server.advisors;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * Someone who signs in to the tablet app: role {@link io.lien.server.security.Roles#ADVISOR} or
 * {@link io.lien.server.security.Roles#MANAGER}, in one store.
 */
@MappedEntity(value = "advisor", escape = false)
public record Advisor(@Id String username, String displayName, String passwordHash, String role, String storeId) {

    /** How colleagues and clients read them: "Léa". */
    public String firstName() {
        int space = displayName.indexOf(' ');
        return space < 0 ? displayName : displayName.substring(0, space);
    }
}
