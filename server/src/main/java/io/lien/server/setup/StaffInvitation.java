package io.lien.server.setup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A link to choose one's password (an invitation, or a reset): kept as a hash, used once, expiring. */
@MappedEntity(value = "staff_invitation", escape = false)
public record StaffInvitation(@Id String tokenHash, String username, String invitedBy, long createdAt, long expiresAt,
                              @Nullable Long usedAt) {
}
