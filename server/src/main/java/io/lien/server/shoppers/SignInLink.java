package io.lien.server.shoppers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A sign-in link sent by e-mail: the hash of its secret, whose it is, until when, and when it was used (once). */
@MappedEntity(value = "shopper_sign_in_link", escape = false)
public record SignInLink(@Id String tokenHash, String clientId, long createdAt, long expiresAt, @Nullable Long usedAt) {
}
