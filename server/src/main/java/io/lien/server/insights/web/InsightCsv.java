package io.lien.server.insights.web;

import io.lien.server.insights.application.StoreInsights;
import io.lien.server.insights.model.ChannelFigures;
import io.lien.server.insights.model.GarmentFigure;
import io.lien.server.insights.model.TeamFigures;
import io.lien.server.insights.model.Period;
import io.lien.server.insights.model.Traffic;
import io.lien.server.insights.model.ZoneFigure;
import io.lien.server.security.Roles;
import io.lien.server.security.StaffMember;
import io.lien.server.web.Problems;
import io.lien.server.web.ReaderLanguage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Every table of the insights pages as CSV (Commons CSV, RFC 4180, UTF-8 with a BOM so that a
 * spreadsheet opens accents right), for the same store and period; column names are stable codes,
 * names of zones and garments in the reader's language.
 */
@Controller("/insights/stores/{storeId}")
@Secured(Roles.MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
class InsightCsv {

    private static final String CSV = "text/csv;charset=utf-8";

    private final StoreInsights insights;
    private final InsightViews views;
    private final boolean leaderboard;
    private final io.lien.server.insights.infrastructure.DayVisits dayVisits;
    private final io.lien.server.registry.DeviceRegistry registry;
    private final long boughtWithinMs;

    InsightCsv(StoreInsights insights, InsightViews views, io.lien.server.settings.InsightSettings settings,
               io.lien.server.insights.infrastructure.DayVisits dayVisits, io.lien.server.registry.DeviceRegistry registry,
               io.lien.server.settings.VisitSettings visitSettings) {
        this.dayVisits = dayVisits;
        this.registry = registry;
        this.boughtWithinMs = java.time.Duration.ofDays(visitSettings.boughtWithinDays()).toMillis();
        this.leaderboard = settings.leaderboard();
        this.insights = insights;
        this.views = views;
    }

    @Get(value = "/{table}.csv{?from,to,day}", produces = CSV)
    HttpResponse<String> table(String storeId, String table, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                               @Nullable @QueryValue String day, StaffMember authentication, ReaderLanguage reader) {
        List<String> stores = List.of(storeId);
        Period period = "visits".equals(table) ? InsightPages.dayPeriod(day, registry.timeZone(storeId)) : views.period(stores, from, to);
        io.lien.server.i18n.Texts texts = io.lien.server.i18n.Texts.of(reader.locale());
        long storeVisits = insights.traffic(stores, period).visits();
        String body = switch (table) {
            case "traffic" -> traffic(insights.traffic(stores, period));
            case "zones" -> zones(insights.zones(stores, period, reader.locale()), insights.traffic(stores, period).visits());
            case "garments" -> garments(insights.garments(stores, period, reader.locale()));
            case "collections" -> garments(insights.collections(insights.garments(stores, period, reader.locale())));
            case "team" -> team(insights.team(stores, period), leaderboard);
            case "channels" -> channels(insights.channels(stores, period));
            case "kinds" -> kinds(insights.kinds(stores, period, storeVisits, reader.locale()), texts, "insights.typology.");
            case "relationships" -> kinds(insights.relationships(stores, period, insights.traffic(stores, period).consenting(), reader.locale()),
                    texts, "insights.relationship.");
            case "visits" -> visits(dayVisits.of(storeId, period.startMs(registry.timeZone(storeId)), period.endMs(registry.timeZone(storeId)),
                    boughtWithinMs), registry.timeZone(storeId));
            default -> throw new Problems.NotFound("problem.insights.no-table", table.length() > 40 ? table.substring(0, 40) + "…" : table);
        };
        return HttpResponse.ok("\uFEFF" + body).contentType(CSV).header("Content-Disposition",
                "attachment; filename=\"lien-" + storeId + "-" + table + "-" + period.from() + "-" + period.to() + ".csv\"")
                .header("Cache-Control", "no-store");
    }

    private static String traffic(Traffic t) {
        return write(new String[] {"day", "visits", "consenting", "anonymous"}, p -> {
            for (Traffic.Day d : t.days()) {
                p.printRecord(d.day(), d.visits(), d.consenting(), d.anonymous());
            }
        });
    }

    private static String zones(List<ZoneFigure> zones, long storeVisits) {
        return write(new String[] {"zone_id", "zone", "visits", "exposure_pct", "entries", "dwell_minutes", "average_minutes", "handlings",
            "unsure_passes"}, p -> {
            for (ZoneFigure z : zones) {
                p.printRecord(z.zoneId(), cell(z.name()), z.visits(), z.exposure(storeVisits), z.entries(), z.dwellMinutes(), z.averageMinutes(),
                        z.handlings(), z.unsure());
            }
        });
    }

    private static String garments(List<GarmentFigure> garments) {
        return write(new String[] {"id", "name", "collection", "touched", "carried", "tried", "bought", "tried_then_bought",
                "try_on_rate_pct", "fitting_room_conversion_pct", "bought_previous_period"}, p -> {
            for (GarmentFigure g : garments) {
                p.printRecord(g.id(), cell(g.name()), cell(g.collection()), g.touched(), g.carried(), g.tried(), g.bought(), g.triedBought(),
                        g.tryOnRate(), g.fittingRoomConversion(), g.boughtBefore());
            }
        });
    }

    /** Credited sales per advisor only where the store shows them on the page (the leaderboard setting). */
    private static String team(TeamFigures team, boolean withSales) {
        List<String> header = new java.util.ArrayList<>(List.of("advisor", "name", "moments_answered", "average_answer_seconds", "calls_answered",
                "notes", "selections_sent", "selections_opened", "selection_orders", "follow_ups_done"));
        if (withSales) {
            header.addAll(List.of("credited_orders", "credited_euros"));
        }
        return write(header.toArray(String[]::new), p -> {
            for (TeamFigures.Advisor a : team.advisors()) {
                List<Object> row = new java.util.ArrayList<>(List.of(a.username(), cell(a.name()), a.claims(), a.averageClaimSeconds() == null ? "" : a.averageClaimSeconds(),
                        a.callsAnswered(), a.notes(), a.selectionsSent(), a.selectionsOpened(), a.selectionOrders(), a.followUpsDone()));
                if (withSales) {
                    row.addAll(List.of(a.creditedOrders(), Math.round(a.creditedCents() / 100.0)));
                }
                p.printRecord(row);
            }
        });
    }

    private static String channels(ChannelFigures channels) {
        return write(new String[] {"channel", "within_a_day", "within_a_week", "within_a_month", "after_a_fitting_room", "euros"}, p -> {
            for (ChannelFigures.Row r : channels.rows()) {
                p.printRecord(r.channel(), r.orders()[0], r.orders()[1], r.orders()[2], r.afterTry(), r.euros());
            }
        });
    }

    private static String kinds(List<StoreInsights.Kind> kinds, io.lien.server.i18n.Texts texts, String names) {
        return write(new String[] {"code", "kind", "visits", "share_pct"}, p -> {
            for (StoreInsights.Kind k : kinds) {
                p.printRecord(k.code(), cell(texts.t(names + k.code())), k.visits(), k.share());
            }
        });
    }

    /** A day's visits without identity, as the drill-down shows them. */
    private static String visits(List<io.lien.server.insights.infrastructure.DayVisits.Row> rows, java.time.ZoneId zone) {
        return write(new String[] {"began", "minutes", "consenting", "zones", "touched", "tried", "bought", "kinds"}, p -> {
            for (io.lien.server.insights.infrastructure.DayVisits.Row v : rows) {
                long until = v.endedAt() != null ? v.endedAt() : v.lastSeenAt();
                p.printRecord(java.time.Instant.ofEpochMilli(v.startedAt()).atZone(zone).toLocalDateTime().withNano(0),
                        Math.round((until - v.startedAt()) / 60_000.0), v.consented(), v.zones(), v.touched(), v.tried(), v.bought(),
                        String.join(" ", v.kinds()));
            }
        });
    }

    /** A text a spreadsheet would read as a formula ("=…", "+…", "-…", "@…") is written as text. */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
