package io.lien.server.insights.web;

import io.lien.server.web.Page;

import java.util.List;

/**
 * The visits behind a figure — a day's bar, a zone, a garment: no name, no identifier, what each
 * visit was like; {@code heading} says which, {@code csv} where the same rows are as CSV (none for a zone or a garment).
 */
public record VisitsView(Page page, InsightsView.Scope scope, String heading, String csv, List<Row> visits) {

    public record Row(String time, long minutes, boolean consenting, int zones, long touched, long tried, long bought,
                      List<String> typologies) {
    }
}
