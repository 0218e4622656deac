package io.lien.server.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads a manager's page session from its cookie ({@link StaffSessions#COOKIE}) on the insights
 * pages, after the bearer header and before a shopper's cookie the same browser may hold.
 */
@Singleton
class StaffCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (!request.getPath().startsWith(StaffSessions.PATH)) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(StaffSessions.COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
