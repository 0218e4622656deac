package io.lien.server.setup.web;

import io.lien.server.advisors.Advisor;
import io.lien.server.i18n.Languages;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.Store;
import io.lien.server.registry.Zone;
import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.lien.server.setup.SetupChange;
import io.lien.server.setup.application.DeviceLife;
import io.lien.server.setup.application.DeviceOnboarding;
import io.lien.server.setup.application.SetupAudit;
import io.lien.server.setup.application.StaffAccounts;
import io.lien.server.setup.application.StoreDevices;
import io.lien.server.setup.application.StoreSetup;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A store's set-up pages, for head office and the store's manager, usable on a tablet standing in the store:
 * the store and its plan, devices, racks, people, and the log. Forms post to {@link StoreForms}.
 */
@Controller("/office/stores/{storeId}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class StorePages {

    private final OfficeAccess access;
    private final Pages pages;
    private final DeviceRegistry registry;
    private final StoreSetup stores;
    private final StoreDevices devices;
    private final DeviceLife lives;
    private final StaffAccounts staff;
    private final SetupAudit audit;
    private final PlanDrawing plans;
    private final io.lien.server.advisors.StoreChoice choice;
    private final io.lien.server.setup.application.GatewayEnrolment gateways;

    StorePages(OfficeAccess access, Pages pages, DeviceRegistry registry, StoreSetup stores, StoreDevices devices, DeviceLife lives,
               StaffAccounts staff, SetupAudit audit, PlanDrawing plans, io.lien.server.advisors.StoreChoice choice,
               io.lien.server.setup.application.GatewayEnrolment gateways) {
        this.choice = choice;
        this.gateways = gateways;
        this.access = access;
        this.pages = pages;
        this.registry = registry;
        this.stores = stores;
        this.devices = devices;
        this.lives = lives;
        this.staff = staff;
        this.audit = audit;
        this.plans = plans;
    }

    /** A store's page for someone signed in who may set it up (else the sign-in page, or a refusal). */
    private interface View {
        Object of(Operator who, Store store, Locale locale, OfficeViews.Flash flash);
    }

    private HttpResponse<String> page(@Nullable Operator who, String storeId, @Nullable String lang, @Nullable String done, String template,
                                      View view) {
        Locale locale = OfficeAccess.locale(lang);
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        Store s = access.store(who, storeId);
        return pages.respond(HttpStatus.OK, template, view.of(who, s, locale, OfficeAccess.flash(done, locale)));
    }

    @Get(value = "{?lang,done}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> store(@PathVariable String storeId, @Nullable Operator who, @Nullable @QueryValue String lang,
                               @Nullable @QueryValue String done) {
        return page(who, storeId, lang, done, "office-store", (w, s, locale, flash) -> storeView(w, s, locale, flash, null));
    }

    OfficeViews.Store storeView(Operator who, Store s, Locale locale, OfficeViews.Flash flash, @Nullable OfficeViews.StoreForm typed) {
        Page page = Page.office(locale, "office.store.title", s.name());
        OfficeViews.StoreForm details = typed != null ? typed : new OfficeViews.StoreForm(s.id(), s.name(), s.city(), s.timeZone(),
                s.language(), stores.openingHours(s.id()).orElse(""));
        List<Zone> inUse = registry.zonesOf(s.id()).stream().filter(z -> !z.retired()).toList();
        List<OfficeViews.ZoneLine> zones = inUse.stream().map(z -> new OfficeViews.ZoneLine(z.id(), z.name(locale), page.t("office.zone.kind." + z.kind()),
                z.parentId(), z.shape(), languagesOf(z))).toList();
        List<OfficeViews.Choice> kinds = Zone.KINDS.stream().map(k -> new OfficeViews.Choice(k, page.t("office.zone.kind." + k))).toList();
        List<OfficeViews.Choice> parents = inUse.stream().filter(z -> z.parentId() == null)
                .map(z -> new OfficeViews.Choice(z.id(), z.name(locale))).toList();
        return new OfficeViews.Store(page, nav(who, s, "store"), flash, details, languages(), plans.of(s.id(), locale), zones, kinds, parents);
    }

    private static List<OfficeViews.Choice> languagesOf(Zone z) {
        return Languages.all().spoken().stream().map(l -> new OfficeViews.Choice(l.toLanguageTag(),
                z.names().byLanguage().getOrDefault(l.toLanguageTag(), ""))).toList();
    }

    static List<OfficeViews.Choice> languages() {
        Languages all = Languages.all();
        return all.spoken().stream().map(l -> new OfficeViews.Choice(l.toLanguageTag(), all.texts(l).t("language.name"))).toList();
    }

    OfficeViews.Nav nav(Operator who, Store s, String current) {
        List<OfficeViews.Choice> others = who.isAdmin() ? List.of() : choice.storesOf(who.username()).orElse(List.of()).stream()
                .filter(id -> !id.equals(s.id())).map(id -> new OfficeViews.Choice(id, registry.store(id).map(Store::name).orElse(id)))
                .toList();
        return new OfficeViews.Nav(s.id(), s.name(), current, who.isAdmin(), others);
    }

    @Get(value = "/devices{?lang,done}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> devices(@PathVariable String storeId, @Nullable Operator who, @Nullable @QueryValue String lang,
                                 @Nullable @QueryValue String done) {
        return page(who, storeId, lang, done, "office-devices", (w, s, locale, flash) -> devicesView(w, s, locale, flash, null));
    }

    OfficeViews.Devices devicesView(Operator who, Store s, Locale locale, OfficeViews.Flash flash, @Nullable OfficeViews.Secret secret) {
        Page page = Page.office(locale, "office.devices.title", s.name());
        Map<String, DeviceLife.Life> life = lives.of(s.id());
        ZoneId zone = registry.timeZone(s.id());
        List<OfficeViews.DeviceLine> lines = devices.of(s.id(), false).stream().map(d -> line(d, life.get(d.id()), locale, zone, page)).toList();
        List<OfficeViews.DeviceLine> attention = devices.of(s.id(), true).stream()
                .filter(d -> List.of("silent", "low-battery").contains(DeviceLife.state(life.get(d.id()))))
                .map(d -> line(d, life.get(d.id()), locale, zone, page)).limit(50).toList();
        List<OfficeViews.Choice> fixtureKinds = DeviceOnboarding.FIXTURE_KINDS.stream()
                .map(k -> new OfficeViews.Choice(k, page.t("office.fixture." + k))).toList();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        List<OfficeViews.GatewayLine> gatewayLines = gateways.of(s.id()).stream().map(g -> new OfficeViews.GatewayLine(g.gatewayId(),
                g.name(), when.format(Instant.ofEpochMilli(g.issuedAt()).atZone(zone)), g.issuedBy(), g.revokedAt() != null)).toList();
        return new OfficeViews.Devices(page, nav(who, s, "devices"), flash, lines, zoneChoices(s.id(), locale), fixtureKinds,
                plans.of(s.id(), locale), secret, registry.hangersOf(s.id()).size(), attention, gatewayLines);
    }

    private OfficeViews.DeviceLine line(DeviceOnboarding.DeviceState d, @Nullable DeviceLife.Life life, Locale locale, ZoneId zone, Page page) {
        String place = d.x() == null ? "—" : String.format(Locale.ROOT, "%.1f × %.1f m", d.x(), d.y());
        String detail = d.detail() == null ? null : d.kind().equals("fixture") ? page.t("office.fixture." + d.detail()) : d.detail();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        String heard = life == null || life.lastHeard() == null ? null : when.format(Instant.ofEpochMilli(life.lastHeard()).atZone(zone));
        String first = life == null || life.firstSeen() == null ? null : when.format(Instant.ofEpochMilli(life.firstSeen()).atZone(zone));
        return new OfficeViews.DeviceLine(d.id(), page.t("office.kind." + d.kind()), zoneName(d.zoneId(), locale), place, detail,
                DeviceLife.state(life), life == null ? null : life.battery(), heard, first, registry.hasSecret(d.id()), d.kind().equals("fixture"));
    }

    private String zoneName(String zoneId, Locale locale) {
        return registry.zone(zoneId).map(z -> z.name(locale)).orElse(zoneId);
    }

    List<OfficeViews.Choice> zoneChoices(String storeId, Locale locale) {
        return registry.zonesOf(storeId).stream().filter(z -> !z.retired())
                .map(z -> new OfficeViews.Choice(z.id(), z.name(locale))).toList();
    }

    @Get(value = "/racks{?lang,done}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> racks(@PathVariable String storeId, @Nullable Operator who, @Nullable @QueryValue String lang,
                               @Nullable @QueryValue String done) {
        return page(who, storeId, lang, done, "office-racks", (w, s, locale, flash) -> racksView(w, s, locale, flash, List.of()));
    }

    OfficeViews.Racks racksView(Operator who, Store s, Locale locale, OfficeViews.Flash flash, List<OfficeViews.Choice> secrets) {
        Page page = Page.office(locale, "office.racks.title", s.name());
        Map<String, List<Hanger>> byRack = new LinkedHashMap<>();
        registry.hangersOf(s.id()).stream().sorted(Comparator.comparing(Hanger::id))
                .forEach(h -> byRack.computeIfAbsent(h.zoneId() + "|" + h.productId() + "|" + h.colour(), k -> new java.util.ArrayList<>()).add(h));
        List<OfficeViews.RackLine> racks = byRack.values().stream().map(hs -> new OfficeViews.RackLine(zoneName(hs.get(0).zoneId(), locale),
                registry.product(hs.get(0).productId()).map(p -> p.name(locale)).orElse(hs.get(0).productId()),
                String.join(", ", hs.stream().map(Hanger::size).distinct().toList()), hs.get(0).colour(), hs.size(), hs.get(0).id(),
                hs.get(hs.size() - 1).id())).toList();
        List<OfficeViews.Choice> products = registry.products().stream().filter(p -> !p.retired())
                .sorted(Comparator.comparing(p -> p.name(locale))).map(p -> new OfficeViews.Choice(p.id(), p.name(locale) + " (" + p.id() + ")"))
                .toList();
        return new OfficeViews.Racks(page, nav(who, s, "racks"), flash, racks, products, zoneChoices(s.id(), locale),
                registry.hangersOf(s.id()).size(), secrets);
    }

    @Get(value = "/staff{?lang,done}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> staff(@PathVariable String storeId, @Nullable Operator who, @Nullable @QueryValue String lang,
                               @Nullable @QueryValue String done) {
        return page(who, storeId, lang, done, "office-staff", (w, s, locale, flash) -> staffView(w, s, locale, flash, null));
    }

    OfficeViews.Staff staffView(Operator who, @Nullable Store s, Locale locale, OfficeViews.Flash flash, @Nullable OfficeViews.Link link) {
        Page page = s == null ? Page.office(locale, "office.people.title") : Page.office(locale, "office.staff.title", s.name());
        List<Advisor> people = staff.of(s == null ? null : s.id());
        List<OfficeViews.PersonLine> lines = people.stream().map(a -> new OfficeViews.PersonLine(a.username(), a.displayName(),
                page.t("office.role." + a.role()), a.email(), a.removedAt() != null, a.removedAt() == null && "!".equals(a.passwordHash())))
                .toList();
        List<OfficeViews.Choice> colleagues = people.stream().filter(a -> a.removedAt() == null)
                .map(a -> new OfficeViews.Choice(a.username(), a.displayName())).toList();
        List<String> roles = s == null ? List.of(Roles.ADMIN) : who.isAdmin() ? List.of(Roles.ADVISOR, Roles.MANAGER) : List.of(Roles.ADVISOR);
        OfficeViews.Nav nav = s == null ? new OfficeViews.Nav(null, null, "people", true) : nav(who, s, "staff");
        return new OfficeViews.Staff(page, nav, flash, lines, colleagues,
                roles.stream().map(r -> new OfficeViews.Choice(r, page.t("office.role." + r))).toList(), link);
    }

    @Get(value = "/log{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> log(@PathVariable String storeId, @Nullable Operator who, @Nullable @QueryValue String lang) {
        return page(who, storeId, lang, null, "office-log", (w, s, locale, flash) -> new OfficeViews.Log(
                Page.office(locale, "office.log.title", s.name()), nav(w, s, "log"),
                changes(audit.latest(s.id(), 200), locale, registry.timeZone(s.id())), List.of()));
    }

    static List<OfficeViews.ChangeLine> changes(List<SetupChange> changes, Locale locale, ZoneId zone) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        return changes.stream().map(c -> new OfficeViews.ChangeLine(when.format(Instant.ofEpochMilli(c.ts()).atZone(zone)), c.actor(),
                c.storeId(), c.subject(), c.subjectId(), c.action(), c.beforeState(), c.afterState())).toList();
    }
}
