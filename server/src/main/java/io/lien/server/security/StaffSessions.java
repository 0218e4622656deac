package io.lien.server.security;

import io.lien.server.settings.LienSettings;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/**
 * A manager's session on the insights pages: the same signed token as the tablet's (one store), in
 * a cookie sent only to {@value #PATH} ({@code HttpOnly}, {@code SameSite=Strict}), opened with the
 * manager's user name and password. Advisors are refused here: insights are a manager's. The back office
 * has its own cookie ({@value #OFFICE_COOKIE}, sent only to {@value #OFFICE_PATH}), for head office and managers.
 */
@Singleton
public class StaffSessions {

    public static final String COOKIE = "LIEN_STAFF";
    public static final String PATH = "/insights";
    /** The back office's session: head office's or a manager's, sent only to {@value #OFFICE_PATH}. */
    public static final String OFFICE_COOKIE = "LIEN_OFFICE";
    public static final String OFFICE_PATH = "/office";
    static final Duration LASTS = Duration.ofHours(10);

    /** What came of signing in on a page. */
    public sealed interface Outcome {
        record Opened(Cookie cookie, String storeId) implements Outcome {
        }

        /** Right password, but an advisor's account: insights are for managers. */
        record NotAManager() implements Outcome {
        }

        /** Too many wrong passwords for this name or from this address: try again in {@code seconds}. */
        record Throttled(long seconds) implements Outcome {
        }

        record Wrong() implements Outcome {
        }
    }

    private final AccessRefreshTokenGenerator tokens;
    private final PasswordCheck passwords;
    private final boolean secure;

    StaffSessions(AccessRefreshTokenGenerator tokens, PasswordCheck passwords, LienSettings settings) {
        this.tokens = tokens;
        this.secure = settings.https();
        this.passwords = passwords;
    }

    public Outcome withPassword(String username, String password, io.micronaut.http.HttpRequest<?> request) {
        if (username == null || password == null || username.isBlank()) {
            return new Outcome.Wrong();
        }
        PasswordCheck.Attempt attempt = passwords.signIn(username.trim(), password, PasswordSignIn.addressOf(request));
        if (attempt instanceof PasswordCheck.Attempt.Throttled t) {
            return new Outcome.Throttled(t.seconds());
        }
        return signedIn(attempt).filter(a -> a.getAttributes().containsKey(Claims.STORE)).<Outcome>map(a -> {
            if (!a.getRoles().contains(Roles.MANAGER)) {
                return new Outcome.NotAManager();
            }
            String token = tokens.generate(a).map(AccessRefreshToken::getAccessToken)
                    .orElseThrow(() -> new IllegalStateException("no token could be signed"));
            return new Outcome.Opened(cookie(token, LASTS), String.valueOf(a.getAttributes().get(Claims.STORE)));
        }).orElseGet(Outcome.Wrong::new);
    }

    /** What came of signing in to the back office. */
    public sealed interface OfficeOutcome {
        /** {@code storeId}: the manager's store; {@code null} for head office. */
        record Opened(Cookie cookie, String storeId) implements OfficeOutcome {
        }

        /** Right password, but an advisor's account: the back office is head office's and managers'. */
        record NotAllowed() implements OfficeOutcome {
        }

        record Throttled(long seconds) implements OfficeOutcome {
        }

        record Wrong() implements OfficeOutcome {
        }
    }

    /** Head office or a store's manager opens the back office; an advisor is told it is not theirs. */
    public OfficeOutcome toOffice(String username, String password, io.micronaut.http.HttpRequest<?> request) {
        if (username == null || password == null || username.isBlank()) {
            return new OfficeOutcome.Wrong();
        }
        PasswordCheck.Attempt attempt = passwords.signIn(username.trim(), password, PasswordSignIn.addressOf(request));
        if (attempt instanceof PasswordCheck.Attempt.Throttled t) {
            return new OfficeOutcome.Throttled(t.seconds());
        }
        return signedIn(attempt).<OfficeOutcome>map(a -> {
            boolean admin = a.getRoles().contains(Roles.ADMIN);
            if (!admin && !a.getRoles().contains(Roles.MANAGER)) {
                return new OfficeOutcome.NotAllowed();
            }
            String token = tokens.generate(a).map(AccessRefreshToken::getAccessToken)
                    .orElseThrow(() -> new IllegalStateException("no token could be signed"));
            Object store = a.getAttributes().get(Claims.STORE);
            return new OfficeOutcome.Opened(cookie(OFFICE_COOKIE, OFFICE_PATH, token, LASTS), admin || store == null ? null : store.toString());
        }).orElseGet(OfficeOutcome.Wrong::new);
    }

    /**
     * The back office's session moved to another store of a manager's — the caller has checked it is one of
     * theirs (the advisors feature's store choice, read from the database).
     */
    public Cookie officeFor(String username, String name, String storeId) {
        String token = tokens.generate(StaffMember.authentication(username, name, Roles.MANAGER, storeId))
                .map(AccessRefreshToken::getAccessToken).orElseThrow(() -> new IllegalStateException("no token could be signed"));
        return cookie(OFFICE_COOKIE, OFFICE_PATH, token, LASTS);
    }

    /** Signing out: the cookie emptied and expired. */
    public Cookie close() {
        return cookie("", Duration.ZERO);
    }

    /** Signing out of the back office. */
    public Cookie closeOffice() {
        return cookie(OFFICE_COOKIE, OFFICE_PATH, "", Duration.ZERO);
    }

    private Cookie cookie(String value, Duration maxAge) {
        return cookie(COOKIE, PATH, value, maxAge);
    }

    private Cookie cookie(String name, String path, String value, Duration maxAge) {
        return Cookie.of(name, value).httpOnly(true).secure(secure).sameSite(SameSite.Strict).path(path).maxAge(maxAge);
    }

    static java.util.Optional<io.micronaut.security.authentication.Authentication> signedIn(PasswordCheck.Attempt attempt) {
        return attempt instanceof PasswordCheck.Attempt.SignedIn in ? java.util.Optional.of(in.who()) : java.util.Optional.empty();
    }
}
