package io.lien.server.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads a shopper's session token from its cookie ({@link ShopperSessions#COOKIE}), beside the API's
 * bearer header: Micronaut's own cookie reader only runs when every sign-in is by cookie, and the
 * tablet signs in by bearer.
 */
@Singleton
class ShopperCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(ShopperSessions.COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    @Override
    public int getOrder() {
        // after the bearer header (a tablet's explicit token wins over any cookie the browser holds) and a manager's page session
        return 2;
    }
}
