package io.lien.server.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The audit line of a sign-in lock: an account (a staff user name, or a digest of a shopper's e-mail) or a
 * source address, after how many wrong passwords, until when.
 */
@MappedEntity(value = "sign_in_lock", escape = false)
public record SignInLock(@Id @GeneratedValue @Nullable Long id, long ts, String kind, String subject, int failures, long lockedUntil) {
}
