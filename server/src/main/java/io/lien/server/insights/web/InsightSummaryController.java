package io.lien.server.insights.web;

import io.lien.server.insights.application.StoreInsights;
import io.lien.server.insights.model.GarmentFigure;
import io.lien.server.insights.model.Period;
import io.lien.server.insights.model.TeamFigures;
import io.lien.server.insights.model.Traffic;
import io.lien.server.security.Roles;
import io.lien.server.security.StaffMember;
import io.lien.server.web.Problems;
import io.lien.server.web.ReaderLanguage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The tablet's short summary for a manager: the last days of their store, from the same rollups as the pages. */
@Controller("/api/stores/{storeId}/insights")
@Secured(Roles.MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
class InsightSummaryController {

    static final int MAX_DAYS = 92;

    private final StoreInsights insights;

    InsightSummaryController(StoreInsights insights) {
        this.insights = insights;
    }

    /** The last {@code days} days (7 by default, today included) against as many before. */
    @Get("/summary{?days}")
    InsightSummary summary(String storeId, @Nullable @QueryValue Integer days, StaffMember authentication, ReaderLanguage reader) {
        int n = days == null ? 7 : days;
        if (n < 1 || n > MAX_DAYS) {
            throw new Problems.BadRequest("problem.insights.days", MAX_DAYS);
        }
        List<String> stores = List.of(storeId);
        Locale locale = reader.locale();
        Period period = Period.lastDays(LocalDate.now(insights.timeZone(stores)), n);
        Traffic now = insights.traffic(stores, period);
        Traffic before = insights.traffic(stores, period.previous());
        List<GarmentFigure> garments = insights.garments(stores, period, locale);
        GarmentFigure total = insights.total(garments, "");
        GarmentFigure totalBefore = insights.total(insights.garments(stores, period.previous(), locale), "");
        TeamFigures team = insights.team(stores, period);
        List<InsightSummary.Zone> zones = insights.zones(stores, period, locale).stream().filter(z -> z.dwellMs() > 0).limit(3)
                .map(z -> new InsightSummary.Zone(z.zoneId(), z.name(), z.dwellMinutes(), z.exposure(now.visits()))).toList();
        List<InsightSummary.Garment> contradicted = garments.stream().filter(g -> g.triedNotBought(insights.oftenTried(), total))
                .sorted(Comparator.comparingLong(GarmentFigure::tried).reversed()).limit(3)
                .map(g -> new InsightSummary.Garment(g.id(), g.name(), g.tried(), g.triedBought(), insights.criticalWords(g.id()))).toList();
        List<InsightSummary.Kind> kinds = insights.kinds(stores, period, now.visits(), locale).stream()
                .map(k -> new InsightSummary.Kind(k.code(), k.visits(), k.share())).toList();
        return new InsightSummary(storeId, period.from().toString(), period.to().toString(), now.visits(),
                new io.lien.server.insights.model.Change(now.visits(), before.visits()).percent(), now.consentShare(), now.averageMinutes(),
                total.tryOnRate(), total.fittingRoomConversion(), totalBefore.fittingRoomConversion(), zones, contradicted,
                team.calls(), team.callsUnanswered(), team.team().claims(), team.team().averageClaimSeconds(),
                insights.channels(stores, period).elsewhereWithinAWeekAfterTrying(), kinds,
                InsightPages.base(storeId) + "?from=" + period.from() + "&to=" + period.to() + "&lang=" + locale.toLanguageTag());
    }
}
