package io.lien.server.insights.web;

import io.lien.server.advisors.StoreChoice;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.security.Roles;
import io.lien.server.security.StaffMember;
import io.lien.server.insights.infrastructure.DayVisits;
import io.lien.server.insights.model.Period;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import io.lien.server.web.Problems;
import io.lien.server.web.ReaderLanguage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A manager's insights as pages: one store's (the store their session is for, checked by the
 * security package), or every store they manage together; the garments; the visits behind a day.
 */
@Controller("/insights")
@Secured(Roles.MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
class InsightPages {

    private final InsightViews views;
    private final Pages pages;
    private final DeviceRegistry registry;
    private final StoreChoice stores;
    private final DayVisits visits;
    private final long boughtWithinMs;

    InsightPages(InsightViews views, Pages pages, DeviceRegistry registry, StoreChoice stores, DayVisits visits,
                 io.lien.server.settings.VisitSettings visitSettings) {
        this.boughtWithinMs = java.time.Duration.ofDays(visitSettings.boughtWithinDays()).toMillis();
        this.views = views;
        this.pages = pages;
        this.registry = registry;
        this.stores = stores;
        this.visits = visits;
    }

    @Get(value = "/stores/{storeId}{?from,to}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> store(String storeId, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                               StaffMember authentication, ReaderLanguage reader) {
        return tab(storeId, from, to, reader, "insights.title", "", "insights", views::overview);
    }

    @Get(value = "/stores/{storeId}/garments{?from,to}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> garments(String storeId, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                  StaffMember authentication, ReaderLanguage reader) {
        return tab(storeId, from, to, reader, "insights.garments.title", "/garments", "insights-garments", views::garments);
    }

    @Get(value = "/stores/{storeId}/team{?from,to}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> team(String storeId, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                              StaffMember authentication, ReaderLanguage reader) {
        return tab(storeId, from, to, reader, "insights.team.title", "/team", "insights-team", views::team);
    }

    /** One of a store's tabs over the period asked for: its page, its scope, its view. */
    private HttpResponse<String> tab(String storeId, String from, String to, ReaderLanguage reader, String titleKey, String tab,
                                     String template, java.util.function.BiFunction<Page, InsightsView.Scope, Object> view) {
        Page page = page(reader, titleKey, storeName(storeId));
        List<String> these = List.of(storeId);
        InsightsView.Scope scope = views.scope(page, storeName(storeId), base(storeId), these, views.period(these, from, to), tab);
        return pages.respond(HttpStatus.OK, template, view.apply(page, scope));
    }

    /**
     * The visits behind a figure: one day's (every visit, oldest first), or the period's latest 300 that
     * went through a zone or took a garment in hand. No name, no identifier.
     */
    @Get(value = "/stores/{storeId}/visits{?day,from,to,zone,product}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> visits(String storeId, @Nullable @QueryValue String day, @Nullable @QueryValue String from,
                                @Nullable @QueryValue String to, @Nullable @QueryValue String zone, @Nullable @QueryValue String product,
                                StaffMember authentication, ReaderLanguage reader) {
        Page page = page(reader, "insights.visits.title", storeName(storeId));
        ZoneId tz = registry.timeZone(storeId);
        List<String> these = List.of(storeId);
        // the tabs and periods keep the period the figure was chosen in
        Period period = views.period(these, from, to);
        InsightsView.Scope scope = views.scope(page, storeName(storeId), base(storeId), these, period, "");
        DayVisits.Filter filter = new DayVisits.Filter(known(zone, zone != null && registry.zone(zone).isPresent(), "zone"),
                known(product, product != null && registry.product(product).isPresent(), "product"), LATEST);
        Period shown = filter.narrowed() ? period : dayPeriod(day, tz);
        List<VisitsView.Row> rows = visits.of(storeId, shown.startMs(tz), shown.endMs(tz), boughtWithinMs, filter).stream()
                .map(v -> row(v, tz, page)).toList();
        String heading = filter.zoneId() != null
                ? page.t("insights.visits.through", registry.zone(zone).orElseThrow().name(page.texts().locale()), rows.size())
                : filter.productId() != null
                ? page.t("insights.visits.handled", registry.product(product).orElseThrow().name(page.texts().locale()), rows.size())
                : page.t("insights.visits.of", shown.from().toString(), rows.size());
        String csv = filter.narrowed() ? null : scope.href("/visits.csv") + "&day=" + shown.from();
        return pages.respond(HttpStatus.OK, "insights-visits", new VisitsView(page, scope, heading, csv, rows));
    }

    static final int LATEST = 300;

    /** A zone or product asked for must be one Lien knows (404 says which), else none was asked. */
    private static String known(String id, boolean exists, String what) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (!exists) {
            throw new Problems.NotFound("problem.insights.unknown", what, id.length() > 40 ? id.substring(0, 40) + "…" : id);
        }
        return id;
    }

    /** Every store the manager works in, together. */
    @Get(value = "/mine{?from,to}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> mine(@Nullable @QueryValue String from, @Nullable @QueryValue String to, StaffMember authentication,
                              ReaderLanguage reader) {
        List<String> theirs = stores.storesOf(authentication.username()).orElse(List.of(authentication.storeId()));
        Page page = page(reader, "insights.mine.title", theirs.size());
        InsightsView.Scope scope = views.scope(page, page.t("insights.mine.title", theirs.size()), "/insights/mine", theirs,
                views.period(theirs, from, to), "");
        return pages.respond(HttpStatus.OK, "insights", views.overview(page, scope));
    }

    private static VisitsView.Row row(DayVisits.Row v, ZoneId zone, Page page) {
        long until = v.endedAt() != null ? v.endedAt() : v.lastSeenAt();
        return new VisitsView.Row(InsightViews.time(v.startedAt(), zone), Math.round((until - v.startedAt()) / 60_000.0), v.consented(),
                v.zones(), v.touched(), v.tried(), v.bought(), v.kinds().stream().map(k -> page.t("insights.typology." + k)).toList());
    }

    private String storeName(String storeId) {
        return registry.store(storeId).map(Store::name).orElseThrow(() -> new Problems.NotFound("problem.no-store", storeId));
    }

    static String base(String storeId) {
        return "/insights/stores/" + storeId;
    }

    private static Page page(ReaderLanguage reader, String titleKey, Object arg) {
        return Page.wide(reader.locale(), titleKey, arg);
    }

    /** One day of the store's calendar as a period (today when not given); 400 for a date that is not one. */
    static io.lien.server.insights.model.Period dayPeriod(String day, ZoneId zone) {
        LocalDate date = day(day, zone);
        return new io.lien.server.insights.model.Period(date, date);
    }

    private static LocalDate day(String day, ZoneId zone) {
        if (day == null || day.isBlank()) {
            return LocalDate.now(zone);
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new Problems.BadRequest("problem.visits.date", "day", day.length() > 40 ? day.substring(0, 40) + "…" : day);
        }
    }
}
