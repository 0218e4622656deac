package io.lien.server.privacy.web;

import io.lien.server.i18n.Texts;
import io.lien.server.privacy.application.ClientExport;
import io.lien.server.privacy.application.ExportRows;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.visits.VisitReport;
import io.lien.server.web.Page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The export as a page a person reads, in their language: the same content as the JSON file. */
final class ExportPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Texts t;
    private final Locale locale;
    private final DeviceRegistry registry;
    private final List<ExportView.Section> sections = new ArrayList<>();

    private ExportPage(Locale locale, DeviceRegistry registry) {
        this.t = Texts.of(locale);
        this.locale = locale;
        this.registry = registry;
    }

    /** @param registry the catalogue's names of zones and garments, in the client's language */
    static ExportView view(ClientExport.Document d, DeviceRegistry registry, Locale locale) {
        return new ExportPage(locale, registry).build(d, Page.of(locale, "export.page-title", false));
    }

    private ExportView build(ClientExport.Document d, Page page) {
        ExportRows.Profile c = d.profile();
        List<String> consents = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : d.consentsNow().entrySet()) {
            consents.add(t.t("export.consent", consentKind(e.getKey()), e.getValue() ? t.t("export.yes") : t.t("export.no")));
        }
        consents.add(t.t("export.consent", consentKind("quiet-hours"), nz(d.quietHours())));
        section("export.section.profile", List.of(c), x -> List.of(x.firstName() + " " + x.lastName(), nz(x.email()), nz(x.phone()),
                x.language(), x.preferredChannel(), nz(x.sizes()), nz(x.interests())),
                "name", "email", "phone", "language", "preferred-channel", "sizes", "loves");
        section("export.section.consent-history", d.consentHistory(), (ExportRows.ConsentStep x) -> List.of(when(x.ts()), consentKind(x.kind()),
                x.granted() ? t.t("export.given") : t.t("export.withdrawn"), nz(x.value()), x.source(), x.actor()),
                "when", "what", "", "value", "how", "by");
        section("export.section.dates", d.importantDates(), (ExportRows.Date x) -> List.of(x.person() == null ? t.t("export.you") : x.person(),
                x.kind(), String.format("%02d-%02d", x.month(), x.day())), "whose", "what", "day");
        section("export.section.relationships", d.relationships(), (ExportRows.Person x) -> List.of(x.kind(), x.relatedName()),
                "relation", "who");
        section("export.section.timeline", d.timeline(), (ExportRows.HistoryLine x) -> List.of(when(x.ts()),
                x.channel().toLowerCase(Locale.ROOT), x.kind().toLowerCase(Locale.ROOT), x.summary(), nz(x.size())),
                "when", "channel", "what", "details", "size");
        section("export.section.visits", d.visits(), (VisitReport.Detail x) -> List.of(when(x.startedAt()), x.storeId(),
                t.t("export.minutes", Math.round(x.durationMs() / 60_000.0)),
                String.join(", ", x.zones().stream().map(z -> registry.zone(z.zoneId()).map(zone -> zone.name(locale)).orElse(z.zoneId())).toList()),
                String.join(", ", x.products().stream().map(p -> registry.product(p.productId()).map(product -> product.name(locale)).orElse(p.productId())).toList())),
                "when", "store", "time", "zones", "garments");
        String language = locale.toLanguageTag();
        section("export.section.moments", d.moments(), (ExportRows.ShownMoment x) -> List.of(when(x.ts()),
                inTheirLanguage(x.text(), language)), "when", "text");
        section("export.section.feedback", d.feedback(), (ExportRows.Said x) -> List.of(when(x.ts()), x.productId(), x.kind(),
                nz(x.tone()), nz(x.body())), "when", "product", "what", "tone", "words");
        section("export.section.selections", d.selections(), (ExportRows.SentSelection x) -> List.of(when(x.createdAt()), x.advisor(),
                String.join(", ", x.products()), nz(x.message()), x.channel(), x.openedAt() == null ? "—" : when(x.openedAt())),
                "when", "by", "pieces", "word", "channel", "opened");
        section("export.section.follow-ups", d.followUps(), (ExportRows.Reminder x) -> List.of(x.dueOn().toString(), x.advisor(), x.text(),
                x.doneAt() == null ? "—" : when(x.doneAt())), "for", "by", "what", "done");
        section("export.section.orders", d.orders(), (ExportRows.Order x) -> List.of(when(x.createdAt()), t.t("export.order." + x.kind()),
                String.join(", ", x.lines().stream().map(l -> l.variantId()).toList()), x.storeId(), t.t("export.order.status." + x.status())),
                "when", "what", "pieces", "store", "status");
        section("export.section.access-log", d.accessLog(), (ExportRows.Access x) -> List.of(when(x.ts()), x.actorName(),
                x.action().toLowerCase(Locale.ROOT), inTheirLanguage(x.reason(), language)), "when", "who", "what", "why");
        return new ExportView(page, c.firstName(), when(d.generatedAt()), nz(d.signInEmail()), String.join(", ", d.appInstalls()),
                consents, sections);
    }

    private <T> void section(String titleKey, List<T> rows, Function<T, List<String>> cells, String... columns) {
        List<String> headers = new ArrayList<>();
        for (String column : columns) {
            headers.add(column.isEmpty() ? "" : t.t("export.column." + column));
        }
        sections.add(new ExportView.Section(t.t(titleKey), headers, rows.stream().map(cells).toList()));
    }

    private static String when(long ts) {
        return WHEN.format(Instant.ofEpochMilli(ts));
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    /** A text the export holds in every language: the page's, else the first. */
    private static String inTheirLanguage(Map<String, String> byLanguage, String language) {
        return byLanguage.getOrDefault(language, byLanguage.values().stream().findFirst().orElse(""));
    }

    /** A consent in words ("E-mails from the brand"), its code when the bundles have none. */
    private String consentKind(String code) {
        String key = "consent.kind." + code;
        return t.has(key) ? t.t(key) : code;
    }
}
