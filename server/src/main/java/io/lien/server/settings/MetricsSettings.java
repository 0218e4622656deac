package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Lien's metrics for Prometheus (docs/operations.md).
 *
 * @param scrapeToken the bearer token a Prometheus elsewhere sends to {@code /prometheus} ({@code bearer_token});
 *                    without one, only a scraper on the server's own machine is answered
 */
@ConfigurationProperties("lien.metrics")
public record MetricsSettings(@Nullable String scrapeToken) {

    public MetricsSettings {
        InvalidSetting.require(scrapeToken == null || scrapeToken.length() >= 16, "lien.metrics.scrape-token",
                "must be at least 16 characters", "(hidden)");
    }
}
