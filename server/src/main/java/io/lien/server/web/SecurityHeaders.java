package io.lien.server.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The usual security headers on every answer, pages and API alike (HSTS too when Lien is served over HTTPS): a strict Content-Security-Policy
 * (everything from Lien's own origin, no inline script or style, no framing, forms post only to
 * Lien), {@code nosniff}, no referrer. Swagger UI, a page Lien does not write, keeps its own inline
 * script and styles but still cannot be framed.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
// outermost: the answers other filters make on their own (the security filter's 401 and 403) get the headers too
final class SecurityHeaders implements io.micronaut.core.order.Ordered {

    @Override
    public int getOrder() {
        return io.micronaut.http.filter.ServerFilterPhase.FIRST.order();
    }


    /** Set when Lien is reached over HTTPS ({@code lien.public-url}): browsers then never try plain HTTP for a year. */
    private final boolean https;

    SecurityHeaders(io.lien.server.settings.LienSettings settings) {
        this.https = settings.https();
    }

    static final String PAGES = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String SWAGGER_UI = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: with no-referrer a browser posts a page's forms with "Origin: null", which the
        // server's CORS check refuses (403); the link's secret still never leaves for another site
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.header("Content-Security-Policy", request.getPath().startsWith("/swagger-ui/") ? SWAGGER_UI : PAGES);
        response.header("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
