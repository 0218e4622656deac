package io.lien.server.operations;

import io.lien.server.settings.MetricsSettings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read {@code /prometheus}: a scraper sending {@code Authorization: Bearer <lien.metrics.scrape-token>},
 * or, without a token configured, one on the server's own machine. Anyone else gets 401 and nothing: the
 * counts say how busy each store is.
 */
@ServerFilter("/prometheus/**")
final class MetricsScrape {

    private final byte[] token;

    MetricsScrape(MetricsSettings settings) {
        this.token = settings.scrapeToken() == null ? null : ("Bearer " + settings.scrapeToken()).getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @io.micronaut.core.annotation.Nullable
    HttpResponse<?> guard(HttpRequest<?> request) {
        return allowed(request) ? null : HttpResponse.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer");
    }

    private boolean allowed(HttpRequest<?> request) {
        if (token != null) {
            String sent = request.getHeaders().get("Authorization");
            return sent != null && MessageDigest.isEqual(token, sent.getBytes(StandardCharsets.UTF_8));
        }
        InetAddress from = request.getRemoteAddress() == null ? null : request.getRemoteAddress().getAddress();
        return from != null && from.isLoopbackAddress();
    }
}
