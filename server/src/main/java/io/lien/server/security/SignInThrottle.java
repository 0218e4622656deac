package io.lien.server.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down (docs/security.md): a few wrong passwords are free, then each one more locks
 * the account — and, with a larger allowance, the source address — for twice as long as the last time, up to
 * a ceiling. The account is keyed by the name as typed (lower case), whether or not it exists: an unknown
 * name is locked exactly like a known one, so a lock tells nothing about who has an account. A success
 * clears the account's count; a quiet spell forgets both.
 */
public final class SignInThrottle {

    /** Past this many tallies, forgotten ones are swept (a flood of made-up names cannot fill the memory). */
    static final int SWEEP_ABOVE = 100_000;

    /** A lock just set: what it is on, after how many failures, until when. */
    public record Lock(String kind, String subject, int failures, long until) {
    }

    /** The rules: see {@code SignInSettings}. */
    public record Rules(int freeFailures, int addressFreeFailures, Duration firstLock, Duration longestLock, Duration forgetAfter) {
    }

    private record Tally(int failures, long lastFailure, long lockedUntil) {
    }

    private final Rules rules;
    private final Map<String, Tally> accounts = new ConcurrentHashMap<>();
    private final Map<String, Tally> addresses = new ConcurrentHashMap<>();

    public SignInThrottle(Rules rules) {
        this.rules = rules;
    }

    /** How long until this account (or this address) may try again; empty when it may now. */
    public Optional<Duration> lockedFor(String account, String address, long now) {
        long until = Math.max(until(accounts, key(account), now), address == null ? 0 : until(addresses, address, now));
        return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    /** Counts a wrong password; the locks it sets (none, the account's, the address's or both). */
    public java.util.List<Lock> failed(String account, String address, long now) {
        sweepIfLarge(now);
        java.util.List<Lock> locks = new java.util.ArrayList<>(2);
        count(accounts, key(account), rules.freeFailures(), now).ifPresent(t -> locks.add(new Lock("account", key(account), t.failures(),
                t.lockedUntil())));
        if (address != null) {
            count(addresses, address, rules.addressFreeFailures(), now).ifPresent(t -> locks.add(new Lock("address", address, t.failures(),
                    t.lockedUntil())));
        }
        return locks;
    }

    /** The right password: the account starts afresh (the address keeps its count: one success does not clear a guesser). */
    public void succeeded(String account) {
        accounts.remove(key(account));
    }

    private Optional<Tally> count(Map<String, Tally> tallies, String key, int free, long now) {
        Tally t = tallies.compute(key, (k, was) -> {
            int failures = was == null || now - was.lastFailure() > rules.forgetAfter().toMillis() ? 1 : was.failures() + 1;
            long until = failures > free ? now + lockMillis(failures - free) : 0;
            return new Tally(failures, now, until);
        });
        return t.lockedUntil() > now ? Optional.of(t) : Optional.empty();
    }

    /** The n-th lock lasts first-lock × 2^(n−1), up to the ceiling. */
    long lockMillis(int nth) {
        long first = rules.firstLock().toMillis();
        long longest = rules.longestLock().toMillis();
        return nth >= 40 ? longest : Math.min(longest, first << Math.min(nth - 1, 40));
    }

    private long until(Map<String, Tally> tallies, String key, long now) {
        Tally t = tallies.get(key);
        return t == null ? 0 : t.lockedUntil();
    }

    private void sweepIfLarge(long now) {
        if (accounts.size() + addresses.size() <= SWEEP_ABOVE) {
            return;
        }
        long forget = rules.forgetAfter().toMillis();
        accounts.values().removeIf(t -> t.lockedUntil() <= now && now - t.lastFailure() > forget);
        addresses.values().removeIf(t -> t.lockedUntil() <= now && now - t.lastFailure() > forget);
        if (accounts.size() > SWEEP_ABOVE) {
            accounts.values().removeIf(t -> t.lockedUntil() <= now);
        }
    }

    static String key(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }
}
