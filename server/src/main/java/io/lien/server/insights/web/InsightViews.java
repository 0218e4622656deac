package io.lien.server.insights.web;

import io.lien.server.insights.application.StoreInsights;
import io.lien.server.insights.model.BarChart;
import io.lien.server.insights.model.Change;
import io.lien.server.insights.model.GarmentFigure;
import io.lien.server.insights.model.HeatMap;
import io.lien.server.insights.model.Period;
import io.lien.server.insights.model.TeamFigures;
import io.lien.server.insights.model.Traffic;
import io.lien.server.insights.model.ZoneFigure;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.settings.InsightSettings;
import io.lien.server.web.Page;
import io.lien.server.web.Problems;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the insights pages' views from the figures: periods, charts, the heat map, in the reader's language. */
@Singleton
class InsightViews {

    static final int DEFAULT_DAYS = 30;

    private final StoreInsights insights;
    private final DeviceRegistry registry;
    private final int maxDays;
    private final boolean leaderboard;

    InsightViews(StoreInsights insights, DeviceRegistry registry, InsightSettings settings) {
        this.leaderboard = settings.leaderboard();
        this.insights = insights;
        this.registry = registry;
        this.maxDays = settings.maxDays();
    }

    /** The period asked for ({@code from}, {@code to} as ISO dates), or the last 30 days of the stores' calendar. */
    Period period(List<String> stores, String from, String to) {
        LocalDate today = LocalDate.now(insights.timeZone(stores));
        LocalDate last = date("to", to, today);
        LocalDate first = date("from", from, last.minusDays(DEFAULT_DAYS - 1L));
        if (last.isBefore(first)) {
            throw new Problems.BadRequest("problem.visits.range", last, first);
        }
        Period p = new Period(first, last);
        if (p.days() > maxDays) {
            throw new Problems.BadRequest("problem.visits.too-many-days", maxDays);
        }
        return p;
    }

    InsightsView.Scope scope(Page page, String title, String base, List<String> stores, Period period, String tab) {
        String query = "?from=" + period.from() + "&to=" + period.to() + "&lang=" + page.lang();
        LocalDate today = LocalDate.now(insights.timeZone(stores));
        List<InsightsView.PeriodLink> periods = new ArrayList<>();
        for (int days : new int[] {7, 30, 90}) {
            Period p = Period.lastDays(today, days);
            periods.add(new InsightsView.PeriodLink(page.t("insights.period.last-days", days),
                    base + tab + "?from=" + p.from() + "&to=" + p.to() + "&lang=" + page.lang(), p.equals(period)));
        }
        Period previous = period.previous();
        periods.add(new InsightsView.PeriodLink(page.t("insights.period.before"),
                base + tab + "?from=" + previous.from() + "&to=" + previous.to() + "&lang=" + page.lang(), false));
        List<InsightsView.Tab> tabs = stores.size() > 1 ? List.of(new InsightsView.Tab(page.t("insights.tab.stores"), base + query, true))
                : List.of(new InsightsView.Tab(page.t("insights.tab.store"), base + query, tab.isEmpty()),
                new InsightsView.Tab(page.t("insights.tab.garments"), base + "/garments" + query, tab.equals("/garments")),
                new InsightsView.Tab(page.t("insights.tab.team"), base + "/team" + query, tab.equals("/team")));
        java.time.format.DateTimeFormatter dates = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(page.texts().locale());
        return new InsightsView.Scope(title, base, stores, period, query, periods, tabs, dates.format(period.from()), dates.format(period.to()));
    }

    InsightsView overview(Page page, InsightsView.Scope scope) {
        List<String> stores = scope.stores();
        Period period = scope.period();
        Traffic now = insights.traffic(stores, period);
        Traffic before = insights.traffic(stores, period.previous());
        List<BarChart.Input> days = now.days().stream().map(d -> new BarChart.Input(label(d.day(), page.texts().locale(), period.days()),
                d.consenting(), d.anonymous(), stores.size() > 1 ? null : scope.href("/visits") + "&day=" + d.day())).toList();
        List<BarChart.Input> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(new BarChart.Input(h + "h", now.byHourOfDay()[h], 0, null));
        }
        List<ZoneFigure> zones = insights.zones(stores, period, page.texts().locale());
        List<GarmentFigure> garments = insights.garments(stores, period, page.texts().locale());
        GarmentFigure funnel = insights.total(garments, page.t("insights.garments.all"));
        GarmentFigure funnelBefore = insights.total(insights.garments(stores, period.previous(), page.texts().locale()), "");
        HeatMap heat = stores.size() == 1 ? heat(page, stores.get(0), zones) : HeatMap.of(List.of(), Map.of(), Map.of(), Map.of());
        return new InsightsView(page, scope, now, new Change(now.visits(), before.visits()),
                new Change(or0(now.consentShare()), or0(before.consentShare())),
                new Change(or0(now.averageMinutes()), or0(before.averageMinutes())),
                BarChart.of(days, 720, 200), BarChart.of(hours, 720, 160), series(stores, period), zones, heat,
                page.t("insights.heat.of"), funnel, funnelBefore, insights.kinds(stores, period, now.visits(), page.texts().locale()),
                insights.relationships(stores, period, now.consenting(), page.texts().locale()));
    }

    /** Time spent per area of the plan, in minutes: the zones drawn on it, else around the beacons' positions. */
    private HeatMap heat(Page page, String store, List<ZoneFigure> zones) {
        Map<String, ZoneFigure> areas = insights.areas(zones, store);
        List<HeatMap.Spot> spots = registry.beaconsOf(store).stream().filter(b -> b.xM() != null && b.yM() != null)
                .sorted(Comparator.comparing(io.lien.server.registry.Beacon::id))
                .map(b -> new HeatMap.Spot(b.zoneId(), b.xM(), b.yM())).toList();
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        areas.forEach((id, z) -> {
            values.put(id, (double) z.dwellMs());
            names.put(id, z.name());
            texts.put(id, page.t("insights.minutes", z.dwellMinutes()));
        });
        // the areas drawn in the back office (top-level zones: a fitting room counts in its area)
        List<HeatMap.Area> drawn = registry.zonesOf(store).stream().filter(z -> !z.retired() && z.parentId() == null && z.shape() != null)
                .map(z -> new HeatMap.Area(z.id(), io.lien.server.registry.model.Polygon.parse(z.shape())))
                .sorted(Comparator.comparingDouble(a -> a.shape().area())).toList();
        return HeatMap.of(spots, drawn, values, names, texts);
    }

    /** The hourly series for the interactive chart: [[epoch seconds…], [visits…]] as JSON. */
    private String series(List<String> stores, Period period) {
        long[][] hourly = insights.hourly(stores, period);
        StringBuilder json = new StringBuilder("[[");
        for (int row = 0; row < 2; row++) {
            for (int i = 0; i < hourly[row].length; i++) {
                json.append(i == 0 ? "" : ",").append(hourly[row][i]);
            }
            json.append(row == 0 ? "],[" : "]]");
        }
        return json.toString();
    }

    GarmentsView garments(Page page, InsightsView.Scope scope) {
        Locale reader = page.texts().locale();
        List<GarmentFigure> products = insights.garments(scope.stores(), scope.period(), reader);
        GarmentFigure total = insights.total(products, page.t("insights.garments.all"));
        List<BarChart.Input> stages = List.of(new BarChart.Input(page.t("insights.stage.touched"), total.touched(), 0, null),
                new BarChart.Input(page.t("insights.stage.carried"), total.carried(), 0, null),
                new BarChart.Input(page.t("insights.stage.tried"), total.tried(), 0, null),
                new BarChart.Input(page.t("insights.stage.bought"), total.bought(), 0, null));
        Comparator<GarmentFigure> byChange = Comparator.comparingLong(g -> g.bought() - g.boughtBefore());
        List<GarmentFigure> risers = products.stream().filter(g -> g.bought() > g.boughtBefore()).sorted(byChange.reversed()).limit(5).toList();
        List<GarmentFigure> fallers = products.stream().filter(g -> g.bought() < g.boughtBefore()).sorted(byChange).limit(5).toList();
        List<GarmentsView.Contradicted> contradicted = products.stream().filter(g -> g.triedNotBought(insights.oftenTried(), total))
                .sorted(Comparator.comparingLong(GarmentFigure::tried).reversed()).limit(8)
                .map(g -> new GarmentsView.Contradicted(g, insights.criticalWords(g.id()))).toList();
        return new GarmentsView(page, scope, total, BarChart.of(stages, 520, 180), products, insights.collections(products),
                risers, fallers, contradicted, insights.oftenTried());
    }

    TeamView team(Page page, InsightsView.Scope scope) {
        TeamFigures team = insights.team(scope.stores(), scope.period());
        if (leaderboard) {
            List<TeamFigures.Advisor> ranked = new ArrayList<>(team.advisors());
            ranked.sort(Comparator.comparingLong(TeamFigures.Advisor::creditedCents).reversed().thenComparing(TeamFigures.Advisor::name));
            team = new TeamFigures(team.calls(), team.callsUnanswered(), ranked, team.team());
        }
        return new TeamView(page, scope, team, leaderboard, insights.channels(scope.stores(), scope.period()));
    }

    private static long or0(Number n) {
        return n == null ? 0 : n.longValue();
    }

    private static String label(LocalDate day, Locale locale, int days) {
        return days <= 14 ? day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, locale) + " " + day.getDayOfMonth()
                : "en".equals(locale.getLanguage()) ? day.getMonthValue() + "/" + day.getDayOfMonth() : day.getDayOfMonth() + "/" + day.getMonthValue();
    }

    private static LocalDate date(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Problems.BadRequest("problem.visits.date", name, value.length() > 40 ? value.substring(0, 40) + "…" : value);
        }
    }

    static String time(long ts, ZoneId zone) {
        return Instant.ofEpochMilli(ts).atZone(zone).toLocalTime().withSecond(0).withNano(0).toString();
    }
}
