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
    private final PasswordSignIn<Object> passwords;
    private final boolean secure;

    ShopperSessions(AccessRefreshTokenGenerator tokens, List<AccountDirectory> directories, LienSettings settings) {
        this.tokens = tokens;
        this.secure = settings.https();
        this.passwords = new PasswordSignIn<>(directories);
    }

    /** A session for the client a one-time link was sent to. */
    public Cookie open(String clientId, String email, String firstName) {
        return cookie(token(ShopperIdentity.authentication(email, clientId, firstName)), LASTS);
    }

    /** A session for a shopper's e-mail and password; empty when they do not match a shopper (staff sign in on the tablet). */
    public Optional<Cookie> withPassword(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        AuthenticationResponse answer = passwords.authenticate(null, new UsernamePasswordCredentials(email, password));
        return answer.getAuthentication().filter(a -> a.getRoles().contains(Roles.SHOPPER))
                .map(a -> cookie(token(a), LASTS));
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
