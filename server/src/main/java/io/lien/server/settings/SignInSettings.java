package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Signing in with a password, against guessing (docs/security.md): a few failures are free, then each
 * further one locks the account (or the source address) for twice as long as the last, up to a ceiling;
 * a quiet spell forgets the count.
 *
 * @param freeFailures        wrong passwords in a row for one account before it is locked
 * @param addressFreeFailures wrong passwords from one address (a shop's shared line) before it is locked
 * @param firstLock           the first lock; each further failure doubles it
 * @param longestLock         the ceiling of a lock
 * @param forgetAfter         failures older than this are forgotten
 */
@ConfigurationProperties("lien.sign-in")
public record SignInSettings(@Bindable(defaultValue = "5") int freeFailures,
                             @Bindable(defaultValue = "30") int addressFreeFailures,
                             @Bindable(defaultValue = "2s") Duration firstLock,
                             @Bindable(defaultValue = "15m") Duration longestLock,
                             @Bindable(defaultValue = "15m") Duration forgetAfter) {

    public SignInSettings {
        InvalidSetting.require(freeFailures >= 1 && freeFailures <= 100, "lien.sign-in.free-failures", "must be 1–100", freeFailures);
        InvalidSetting.require(addressFreeFailures >= 1 && addressFreeFailures <= 10_000, "lien.sign-in.address-free-failures",
                "must be 1–10000", addressFreeFailures);
        InvalidSetting.positive(firstLock, "lien.sign-in.first-lock");
        InvalidSetting.positive(longestLock, "lien.sign-in.longest-lock");
        InvalidSetting.positive(forgetAfter, "lien.sign-in.forget-after");
        InvalidSetting.require(longestLock.compareTo(firstLock) >= 0, "lien.sign-in.longest-lock", "must be at least first-lock", longestLock);
    }
}
