package io.lien.server.advisors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * Someone who signs in: role {@link io.lien.server.security.Roles#ADVISOR} or
 * {@link io.lien.server.security.Roles#MANAGER} in one store, or {@link io.lien.server.security.Roles#ADMIN}
 * (head office, no store). Someone removed keeps their row (their name on past notes and credits) and
 * can no longer sign in.
 */
@MappedEntity(value = "advisor", escape = false)
public record Advisor(@Id String username, String displayName, String passwordHash, String role, @Nullable String storeId,
                      @Nullable String email, @Nullable Long removedAt) {

    public Advisor(String username, String displayName, String passwordHash, String role, @Nullable String storeId) {
        this(username, displayName, passwordHash, role, storeId, null, null);
    }

    /** How colleagues and clients read them: "Léa". */
    public String firstName() {
        int space = displayName.indexOf(' ');
        return space < 0 ? displayName : displayName.substring(0, space);
    }

    public Advisor withPasswordHash(String hash) {
        return new Advisor(username, displayName, hash, role, storeId, email, removedAt);
    }
}
