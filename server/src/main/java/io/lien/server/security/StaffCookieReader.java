package io.lien.server.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads a manager's page session from its cookie ({@link StaffSessions#COOKIE}) on the insights
 * pages, and head office's or a manager's ({@link StaffSessions#OFFICE_COOKIE}) on the back office's,
 * after the bearer header and before a shopper's cookie the same browser may hold.
 */
@Singleton
class StaffCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        String path = request.getPath();
        String cookie = path.startsWith(StaffSessions.PATH) ? StaffSessions.COOKIE
                : path.startsWith(StaffSessions.OFFICE_PATH) ? StaffSessions.OFFICE_COOKIE : null;
        if (cookie == null) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(cookie).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
