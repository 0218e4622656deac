package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How visits are cut and credited (docs/visit-typologies.md).
 *
 * @param absenceMinutes       a shopper away this long has ended their visit
 * @param sweepEvery           how often ended visits are looked for
 * @param carriedAfterSeconds  a garment lifted this long is carried, not just touched
 * @param boughtWithinDays     an order on any channel this many days after a visit counts as bought
 */
@ConfigurationProperties("lien.visits")
public record VisitSettings(@Bindable(defaultValue = "10") long absenceMinutes,
                            @Bindable(defaultValue = "30s") Duration sweepEvery,
                            @Bindable(defaultValue = "120") long carriedAfterSeconds,
                            @Bindable(defaultValue = "14") long boughtWithinDays) {

    public VisitSettings {
        InvalidSetting.require(absenceMinutes >= 1 && absenceMinutes <= 24 * 60, "lien.visits.absence-minutes",
                "must be 1–1440 minutes", absenceMinutes);
        InvalidSetting.positive(sweepEvery, "lien.visits.sweep-every");
        InvalidSetting.require(carriedAfterSeconds >= 1 && carriedAfterSeconds <= 3600, "lien.visits.carried-after-seconds",
                "must be 1–3600 seconds", carriedAfterSeconds);
        InvalidSetting.require(boughtWithinDays >= 0 && boughtWithinDays <= 365, "lien.visits.bought-within-days",
                "must be 0–365 days", boughtWithinDays);
    }
}
