package io.lien.server.insights.web;

import io.lien.server.insights.model.BarChart;
import io.lien.server.insights.model.GarmentFigure;
import io.lien.server.web.Page;

import java.util.List;

/**
 * The garments page: every product's funnel with try-on rate and fitting-room conversion, per
 * collection, the movers against the period before, and the garments often tried and rarely bought
 * with what the community says critically of them.
 */
public record GarmentsView(Page page, InsightsView.Scope scope, GarmentFigure total, BarChart funnel, List<GarmentFigure> products,
                           List<GarmentFigure> collections, List<GarmentFigure> risers, List<GarmentFigure> fallers,
                           List<Contradicted> triedNotBought, int oftenTried) {

    /** A garment often tried and rarely bought, beside the critical words said of it. */
    public record Contradicted(GarmentFigure garment, List<String> critical) {
    }
}
