package io.lien.server.security;

import io.lien.server.settings.SignInSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The one way a password is checked — {@code POST /login}, the back office's and the shopper pages' forms:
 * the account found in the one directory its name belongs to, the hash compared off the event loop, the
 * same time for an unknown name as for a wrong password — and guessing slowed down ({@link SignInThrottle}):
 * a locked account or address is answered "try again in …" without looking at the password, each lock
 * audited (a row in {@code sign_in_lock}, a warning in the log) and counted.
 */
@Singleton
public class PasswordCheck {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordCheck.class);
    private static final int MAX_IDENTITY = 254;

    /** What a password came to. */
    public sealed interface Attempt {
        record SignedIn(Authentication who) implements Attempt {
        }

        record Wrong() implements Attempt {
        }

        /** Too many wrong passwords for this account or from this address: try again after {@code retryAfter}. */
        record Throttled(Duration retryAfter) implements Attempt {
            /** Whole seconds, at least one (for {@code Retry-After}). */
            public long seconds() {
                return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
            }
        }
    }

    private final List<AccountDirectory> directories;
    private final SignInThrottle throttle;
    private final SignInLockRepository locks;
    private final MeterRegistry meters;

    PasswordCheck(List<AccountDirectory> directories, SignInSettings settings, SignInLockRepository locks, MeterRegistry meters) {
        this.directories = directories;
        this.throttle = new SignInThrottle(new SignInThrottle.Rules(settings.freeFailures(), settings.addressFreeFailures(),
                settings.firstLock(), settings.longestLock(), settings.forgetAfter()));
        this.locks = locks;
        this.meters = meters;
        // at zero from the start, so that a dashboard's query finds them before the first failure
        for (String reason : new String[]{"wrong-password", "locked"}) {
            meters.counter("lien.sign-in.refused", "reason", reason);
        }
        for (String kind : new String[]{"account", "address"}) {
            meters.counter("lien.sign-in.locks", "kind", kind);
        }
    }

    /** @param address where the attempt comes from (the connection's address), or null when unknown */
    public Attempt signIn(@Nullable String identity, @Nullable String password, @Nullable String address) {
        long now = System.currentTimeMillis();
        Optional<Duration> locked = throttle.lockedFor(identity, address, now);
        if (locked.isPresent()) {
            meters.counter("lien.sign-in.refused", "reason", "locked").increment();
            return new Attempt.Throttled(locked.get());
        }
        Optional<AccountDirectory> directory = identity == null || identity.length() > MAX_IDENTITY ? Optional.empty()
                : directories.stream().filter(d -> d.recognises(identity)).findFirst();
        Optional<AccountDirectory.Account> account = directory.flatMap(d -> d.find(identity));
        boolean right;
        if (account.isEmpty()) {
            PasswordHasher.matchesNobody(password);
            right = false;
        } else {
            right = PasswordHasher.matches(password, account.get().passwordHash());
        }
        if (!right) {
            meters.counter("lien.sign-in.refused", "reason", "wrong-password").increment();
            throttle.failed(identity, address, now).forEach(this::audit);
            return new Attempt.Wrong();
        }
        throttle.succeeded(identity);
        PasswordSignIn.upgradeIfOld(directory.get(), account.get(), password);
        return new Attempt.SignedIn(PasswordSignIn.identityOf(account.get().holder()));
    }

    private void audit(SignInThrottle.Lock lock) {
        meters.counter("lien.sign-in.locks", "kind", lock.kind()).increment();
        // a shopper signs in with their e-mail: the audit keeps a digest of it, never the address itself (erasure)
        String subject = lock.kind().equals("account") && lock.subject().contains("@") ? "shopper:" + digest(lock.subject())
                : lock.subject();
        subject = subject.length() > 80 ? subject.substring(0, 80) : subject;
        LOG.warn("Sign-in locked: {} {} after {} wrong passwords, until {}", lock.kind(), subject, lock.failures(),
                java.time.Instant.ofEpochMilli(lock.until()));
        try {
            locks.save(new SignInLock(null, System.currentTimeMillis(), lock.kind(), subject, lock.failures(), lock.until()));
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit line of a sign-in lock ({} {}): {}", lock.kind(), subject, e.toString());
        }
    }

    static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
