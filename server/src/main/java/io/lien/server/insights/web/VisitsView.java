package io.lien.server.insights.web;

import io.lien.server.web.Page;

import java.util.List;

/** The visits behind a day's figures: no name, no identifier, what each visit was like. */
public record VisitsView(Page page, InsightsView.Scope scope, String day, List<Row> visits) {

    public record Row(String time, long minutes, boolean consenting, int zones, long touched, long tried, long bought,
                      List<String> typologies) {
    }
}
