package io.lien.server.visits.web;

import io.lien.server.security.StaffMember;
import io.lien.server.security.Roles;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.visits.VisitInsights;
import io.lien.server.visits.VisitReport;
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
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Visits of a store's days, one visit in detail, and (for managers) the product funnel. */
@Controller("/api")
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class VisitController {

    static final int MAX_DAYS = 366;

    private final VisitInsights insights;
    private final DeviceRegistry registry;

    VisitController(VisitInsights insights, DeviceRegistry registry) {
        this.insights = insights;
        this.registry = registry;
    }

    /** Days in the store's own time zone, both included; today when not given. */
    private record Days(LocalDate from, LocalDate to, long fromMs, long toMs) {
    }

    @Get("/stores/{storeId}/visits{?from,to}")
    List<VisitReport.Summary> visits(String storeId, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                     StaffMember authentication, ReaderLanguage reader) {
        Days days = days(storeId, from, to);
        return insights.visits(storeId, days.fromMs(), days.toMs(), System.currentTimeMillis(), reader.locale());
    }

    @Get("/visits/{visitId}")
    VisitReport.Detail visit(long visitId, StaffMember authentication, ReaderLanguage reader) {
        String storeId = insights.storeOf(visitId).orElseThrow(() -> new Problems.NotFound("problem.no-visit", visitId));
        return insights.visit(visitId, System.currentTimeMillis(), reader.locale()).orElseThrow();
    }

    @Get("/stores/{storeId}/funnel{?from,to}")
    @Secured(Roles.MANAGER)
    VisitReport.Funnel funnel(String storeId, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                              StaffMember authentication, ReaderLanguage reader) {
        Days days = days(storeId, from, to);
        return insights.funnel(storeId, days.fromMs(), days.toMs(), days.from().toString(), days.to().toString(), reader.locale());
    }

    private Days days(String storeId, String from, String to) {
        ZoneId zone = registry.store(storeId).map(Store::timeZone).map(ZoneId::of)
                .orElseThrow(() -> new Problems.NotFound("problem.no-store", storeId));
        LocalDate today = LocalDate.now(zone);
        LocalDate first = date("from", from, today);
        LocalDate last = date("to", to, from == null ? today : first);
        if (last.isBefore(first)) {
            throw new Problems.BadRequest("problem.visits.range", last, first);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new Problems.BadRequest("problem.visits.too-many-days", MAX_DAYS);
        }
        return new Days(first, last, first.atStartOfDay(zone).toInstant().toEpochMilli(),
                last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    }

    private static LocalDate date(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Problems.BadRequest("problem.visits.date", name, cut(value));
        }
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
