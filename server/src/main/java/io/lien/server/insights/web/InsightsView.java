package io.lien.server.insights.web;

import io.lien.server.insights.model.BarChart;
import io.lien.server.insights.model.Change;
import io.lien.server.insights.model.GarmentFigure;
import io.lien.server.insights.model.HeatMap;
import io.lien.server.insights.model.Period;
import io.lien.server.insights.model.Traffic;
import io.lien.server.insights.model.ZoneFigure;
import io.lien.server.web.Page;

import java.util.List;

/**
 * What the insights overview shows: the period and its navigation, traffic (per day, per hour of
 * the day, the hourly series for the interactive chart), zones with the plan's heat map, and the
 * garments' funnel in total.
 */
public record InsightsView(Page page, Scope scope, Traffic traffic, Change visits, Change consentShare, Change averageMinutes,
                           BarChart days, BarChart hours, String series, List<ZoneFigure> zones, HeatMap heat, String heatOf,
                           GarmentFigure funnel, GarmentFigure funnelBefore, List<io.lien.server.insights.application.StoreInsights.Kind> kinds,
                           List<io.lien.server.insights.application.StoreInsights.Kind> relationships) {

    /**
     * Where the page is: its stores (one, or every store the manager has), the period, the links
     * that keep both, and the other periods offered.
     */
    public record Scope(String title, String base, List<String> stores, Period period, String query, List<PeriodLink> periods,
                        List<Tab> tabs, String fromText, String toText) {
        public String href(String path) {
            return base + path + query;
        }
    }

    public record PeriodLink(String label, String href, boolean current) {
    }

    public record Tab(String label, String href, boolean current) {
    }
}
