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
 * manager's user name and password. Advisors are refused here: insights are a manager's.
 */
@Singleton
public class StaffSessions {

    public static final String COOKIE = "LIEN_STAFF";
    public static final String PATH = "/insights";
    static final Duration LASTS = Duration.ofHours(10);

    /** What came of signing in on a page. */
    public sealed interface Outcome {
        record Opened(Cookie cookie, String storeId) implements Outcome {
        }

        /** Right password, but an advisor's account: insights are for managers. */
        record NotAManager() implements Outcome {
        }

        record Wrong() implements Outcome {
        }
    }

    private final AccessRefreshTokenGenerator tokens;
    private final PasswordSignIn<Object> passwords;
    private final boolean secure;

    StaffSessions(AccessRefreshTokenGenerator tokens, List<AccountDirectory> directories, LienSettings settings) {
        this.tokens = tokens;
        this.secure = settings.https();
        this.passwords = new PasswordSignIn<>(directories);
    }

    public Outcome withPassword(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return new Outcome.Wrong();
        }
        AuthenticationResponse answer = passwords.authenticate(null, new UsernamePasswordCredentials(username.trim(), password));
        return answer.getAuthentication().filter(a -> a.getAttributes().containsKey(Claims.STORE)).<Outcome>map(a -> {
            if (!a.getRoles().contains(Roles.MANAGER)) {
                return new Outcome.NotAManager();
            }
            String token = tokens.generate(a).map(AccessRefreshToken::getAccessToken)
                    .orElseThrow(() -> new IllegalStateException("no token could be signed"));
            return new Outcome.Opened(cookie(token, LASTS), String.valueOf(a.getAttributes().get(Claims.STORE)));
        }).orElseGet(Outcome.Wrong::new);
    }

    /** Signing out: the cookie emptied and expired. */
    public Cookie close() {
        return cookie("", Duration.ZERO);
    }

    private Cookie cookie(String value, Duration maxAge) {
        return Cookie.of(COOKIE, value).httpOnly(true).secure(secure).sameSite(SameSite.Strict).path(PATH).maxAge(maxAge);
    }
}
