package io.lien.server.security;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.lien.server.settings.LienSettings;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A shopper's session on Lien's pages: the same signed token as the API's, in a cookie only the
 * server reads ({@code HttpOnly}, {@code SameSite=Strict}: another site's form never carries it),
 * opened by a one-time link or a password, closed by signing out; {@code Secure} when {@code lien.public-url} is https.
 */
@Singleton
public class ShopperSessions {

    public static final String COOKIE = "LIEN_SHOPPER";
    static final Duration LASTS = Duration.ofHours(12);

    private final AccessRefreshTokenGenerator tokens;
    private final PasswordCheck passwords;
    private final boolean secure;

    ShopperSessions(AccessRefreshTokenGenerator tokens, PasswordCheck passwords, LienSettings settings) {
        this.tokens = tokens;
        this.secure = settings.https();
        this.passwords = passwords;
    }

    /** A session for the client a one-time link was sent to. */
    public Cookie open(String clientId, String email, String firstName) {
        return cookie(token(ShopperIdentity.authentication(email, clientId, firstName)), LASTS);
    }

    /** What came of a shopper's e-mail and password. */
    public sealed interface Outcome {
        record Opened(Cookie cookie) implements Outcome {
        }

        /** Not a shopper's e-mail and password (staff sign in on the tablet). */
        record Wrong() implements Outcome {
        }

        /** Too many wrong passwords for this e-mail or from this address: try again in {@code seconds}. */
        record Throttled(long seconds) implements Outcome {
        }
    }

    public Outcome withPassword(String email, String password, io.micronaut.http.HttpRequest<?> request) {
        if (email == null || password == null) {
            return new Outcome.Wrong();
        }
        PasswordCheck.Attempt attempt = passwords.signIn(email, password, PasswordSignIn.addressOf(request));
        if (attempt instanceof PasswordCheck.Attempt.Throttled t) {
            return new Outcome.Throttled(t.seconds());
        }
        return StaffSessions.signedIn(attempt).filter(a -> a.getRoles().contains(Roles.SHOPPER))
                .<Outcome>map(a -> new Outcome.Opened(cookie(token(a), LASTS))).orElseGet(Outcome.Wrong::new);
    }

    /** Signing out: the cookie emptied and expired. */
    public Cookie close() {
        return cookie("", Duration.ZERO);
    }

    private String token(Authentication who) {
        return tokens.generate(who).map(AccessRefreshToken::getAccessToken)
                .orElseThrow(() -> new IllegalStateException("no token could be signed"));
    }

    private Cookie cookie(String value, Duration maxAge) {
        return Cookie.of(COOKIE, value).httpOnly(true).secure(secure).sameSite(SameSite.Strict).path("/").maxAge(maxAge);
    }
}
