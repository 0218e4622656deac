package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * A manager's insights (docs/insights.md).
 *
 * @param refresh     how often the hours marked due are recomputed (how old a figure can be)
 * @param leaderboard whether the team page ranks advisors by the sales credited to them: off, because Lien
 *                    frames the team's work as conversations, not a quota
 * @param maxDays     the longest period a page covers
 */
@ConfigurationProperties("lien.insights")
public record InsightSettings(@Bindable(defaultValue = "2s") Duration refresh,
                              @Bindable(defaultValue = "false") boolean leaderboard,
                              @Bindable(defaultValue = "366") int maxDays) {

    public InsightSettings {
        InvalidSetting.positive(refresh, "lien.insights.refresh");
        InvalidSetting.require(maxDays >= 1 && maxDays <= 3660, "lien.insights.max-days", "must be 1 to 3660 days", maxDays);
    }
}
