package io.lien.server.insights.web;

import io.lien.server.insights.model.ChannelFigures;
import io.lien.server.insights.model.TeamFigures;
import io.lien.server.web.Page;

/**
 * The team and channels page: conversations and answers per advisor (credited sales per advisor only
 * when the store turned the leaderboard on), and what shoppers bought after a visit, on which
 * channel and how long after.
 */
public record TeamView(Page page, InsightsView.Scope scope, TeamFigures team, boolean leaderboard, ChannelFigures channels) {

    public String euros(long cents) {
        return page.t("insights.euros", Math.round(cents / 100.0));
    }
}
