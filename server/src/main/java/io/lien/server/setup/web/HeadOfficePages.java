package io.lien.server.setup.web;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.security.Operator;
import io.lien.server.setup.application.CatalogueImports;
import io.lien.server.setup.application.InvitationLetters;
import io.lien.server.setup.application.SetupAudit;
import io.lien.server.setup.application.SetupOutcome;
import io.lien.server.setup.application.StaffAccounts;
import io.lien.server.setup.application.StoreSetup;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.lien.server.security.SignInLockRepository;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Head office's pages: every store with its devices' health and the form to open one, the catalogue import
 * (the upload and its progress are {@link CatalogueUpload}'s), head office's people, and the whole log. A
 * manager who opens {@code /office} is taken to their store.
 */
@Controller("/office")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HeadOfficePages {

    private final Pages pages;
    private final DeviceRegistry registry;
    private final io.lien.server.setup.application.StoreDevices devices;
    private final StoreSetup stores;
    private final CatalogueImports imports;
    private final io.lien.server.setup.application.CatalogueProducts products;
    private final StaffAccounts staff;
    private final InvitationLetters letters;
    private final StorePages storePages;
    private final SetupAudit audit;
    private final SignInLockRepository signInLocks;
    private final long maxMiB;

    HeadOfficePages(Pages pages, DeviceRegistry registry, io.lien.server.setup.application.StoreDevices devices, StoreSetup stores, CatalogueImports imports,
                    io.lien.server.setup.application.CatalogueProducts products,
                    StaffAccounts staff, InvitationLetters letters, StorePages storePages, SetupAudit audit,
                    io.lien.server.settings.SetupSettings settings, SignInLockRepository signInLocks) {
        this.signInLocks = signInLocks;
        this.pages = pages;
        this.registry = registry;
        this.devices = devices;
        this.stores = stores;
        this.imports = imports;
        this.products = products;
        this.staff = staff;
        this.letters = letters;
        this.storePages = storePages;
        this.audit = audit;
        this.maxMiB = settings.importMaxBytes() / (1024 * 1024);
    }

    @Get(value = "{?lang,done}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> home(@Nullable Operator who, @Nullable @QueryValue String lang, @Nullable @QueryValue String done) {
        Locale locale = OfficeAccess.locale(lang);
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        if (!who.isAdmin()) {
            return HttpResponse.seeOther(URI.create("/office/stores/" + who.storeId() + "?lang=" + locale.toLanguageTag()));
        }
        return pages.respond(HttpStatus.OK, "office-home", home(locale, OfficeAccess.flash(done, locale),
                new OfficeViews.StoreForm("", "", "", "Europe/Paris", locale.toLanguageTag(), "mon-sat 10:00-19:00; sun closed")));
    }

    private OfficeViews.Home home(Locale locale, OfficeViews.Flash flash, OfficeViews.StoreForm form) {
        List<OfficeViews.StoreLine> lines = registry.stores().stream().map(s -> {
            Map<String, Integer> h = devices.health(s.id());
            return new OfficeViews.StoreLine(s.id(), s.name(), s.city(), h.values().stream().mapToInt(Integer::intValue).sum(),
                    count(h, "alive"), count(h, "never"), count(h, "silent"), count(h, "low-battery"));
        }).toList();
        return new OfficeViews.Home(Page.office(locale, "office.home.title"), new OfficeViews.Nav(null, null, "stores", true), flash, lines,
                StorePages.languages(), form);
    }

    private static int count(Map<String, Integer> health, String state) {
        return health.getOrDefault(state, 0);
    }

    @Post(value = "/stores", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> open(HttpRequest<?> request, @Nullable Operator who, @Body Map<String, String> form) {
        Locale locale = OfficeAccess.locale(form.get("lang"));
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        OfficeAccess.sameOrigin(request);
        OfficeAccess.headOffice(who);
        OfficeViews.StoreForm typed = new OfficeViews.StoreForm(form.getOrDefault("id", "").strip(), form.getOrDefault("name", ""),
                form.getOrDefault("city", ""), form.getOrDefault("timeZone", ""), form.getOrDefault("language", ""),
                form.getOrDefault("openingHours", ""));
        SetupOutcome<Store> outcome = SetupOutcome.guarded(() -> stores.create(who, new StoreSetup.StoreDetails(typed.id(), typed.name(), typed.city(), typed.timeZone(),
                typed.language(), typed.openingHours())));
        return OfficeAccess.refusal(outcome, locale)
                .<HttpResponse<String>>map(problem -> pages.respond(OfficeAccess.status(outcome), "office-home",
                        home(locale, new OfficeViews.Flash(problem, null), typed)))
                .orElseGet(() -> OfficeAccess.done("/office/stores/" + typed.id(), "opened", locale));
    }

    @Get(value = "/catalogue{?lang,q,done}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> catalogue(@Nullable Operator who, @Nullable @QueryValue String lang, @Nullable @QueryValue String q,
                                   @Nullable @QueryValue String done) {
        Locale locale = OfficeAccess.locale(lang);
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        OfficeAccess.headOffice(who);
        return pages.respond(HttpStatus.OK, "office-catalogue", catalogueView(locale, q, OfficeAccess.flash(done, locale)));
    }

    private OfficeViews.Catalogue catalogueView(Locale locale, @Nullable String q, OfficeViews.Flash flash) {
        Page page = Page.office(locale, "office.catalogue.title");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        List<OfficeViews.JobLine> jobs = imports.latest().stream().map(j -> new OfficeViews.JobLine(j.id(), j.file(), j.by(),
                when.format(Instant.ofEpochMilli(j.startedAt()).atZone(ZoneId.systemDefault())), page.t("office.catalogue.state." + j.state()),
                j.rows(), j.report() == null ? null : j.report().imported(), j.report() == null ? null : j.report().unchanged(),
                j.report() == null ? null : j.report().rejected(),
                j.report() == null ? List.of() : j.report().rejectedByReason().entrySet().stream().limit(10)
                        .map(e -> e.getValue() + " × " + e.getKey()).toList(), j.problem())).toList();
        String query = q == null ? "" : q.strip();
        java.text.NumberFormat money = java.text.NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        List<OfficeViews.ProductLine> found = products.find(query, locale, 100).stream().map(p -> new OfficeViews.ProductLine(p.id(),
                p.name(locale), String.join(" · ", p.names().byLanguage().entrySet().stream()
                        .filter(e -> !e.getKey().equals(locale.toLanguageTag())).map(e -> e.getKey() + ": " + e.getValue()).toList()),
                p.category(), money.format(p.priceCents() / 100.0), p.imageUrl() != null, p.retired())).toList();
        return new OfficeViews.Catalogue(page, new OfficeViews.Nav(null, null, "catalogue", true), flash, jobs, maxMiB, query, found,
                registry.products().size());
    }

    @Post(value = "/catalogue/products/{productId}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> product(HttpRequest<?> request, @PathVariable String productId, @PathVariable String action, @Nullable Operator who,
                                 @Body Map<String, String> form) {
        Locale locale = OfficeAccess.locale(form.get("lang"));
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        OfficeAccess.sameOrigin(request);
        OfficeAccess.headOffice(who);
        if (!action.equals("retire") && !action.equals("restore")) {
            throw new io.lien.server.web.Problems.NotFound("problem.setup.no-product", productId);
        }
        SetupOutcome<?> outcome = action.equals("retire") ? products.retire(who, productId) : products.restore(who, productId);
        return OfficeAccess.refusal(outcome, locale)
                .<HttpResponse<String>>map(problem -> pages.respond(OfficeAccess.status(outcome), "office-catalogue",
                        catalogueView(locale, productId, new OfficeViews.Flash(problem, null))))
                .orElseGet(() -> HttpResponse.seeOther(URI.create("/office/catalogue?q=" + java.net.URLEncoder.encode(productId,
                        java.nio.charset.StandardCharsets.UTF_8) + "&done=product-" + action + "&lang=" + locale.toLanguageTag())));
    }

    @Get(value = "/people{?lang,done}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> people(@Nullable Operator who, @Nullable @QueryValue String lang, @Nullable @QueryValue String done) {
        Locale locale = OfficeAccess.locale(lang);
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        OfficeAccess.headOffice(who);
        return pages.respond(HttpStatus.OK, "office-staff", storePages.staffView(who, null, locale, OfficeAccess.flash(done, locale), null));
    }

    @Post(value = "/people", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> invite(HttpRequest<?> request, @Nullable Operator who, @Body Map<String, String> form) {
        Locale locale = OfficeAccess.locale(form.get("lang"));
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        OfficeAccess.sameOrigin(request);
        OfficeAccess.headOffice(who);
        return linkPage(who, locale, SetupOutcome.guarded(() -> staff.invite(who, null, new StaffAccounts.Invite(form.getOrDefault("username", "").strip(),
                form.getOrDefault("name", ""), form.get("role"), form.get("email")))), false);
    }

    @Post(value = "/people/{username}/reset", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> reset(HttpRequest<?> request, @PathVariable String username, @Nullable Operator who, @Body Map<String, String> form) {
        Locale locale = OfficeAccess.locale(form.get("lang"));
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        OfficeAccess.sameOrigin(request);
        OfficeAccess.headOffice(who);
        return linkPage(who, locale, SetupOutcome.guarded(() -> staff.reset(who, null, username)), true);
    }

    @Post(value = "/people/{username}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> remove(HttpRequest<?> request, @PathVariable String username, @Nullable Operator who, @Body Map<String, String> form) {
        Locale locale = OfficeAccess.locale(form.get("lang"));
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        OfficeAccess.sameOrigin(request);
        OfficeAccess.headOffice(who);
        SetupOutcome<Integer> outcome = SetupOutcome.guarded(() -> staff.remove(who, null, username, null));
        return OfficeAccess.refusal(outcome, locale)
                .<HttpResponse<String>>map(problem -> pages.respond(OfficeAccess.status(outcome), "office-staff",
                        storePages.staffView(who, null, locale, new OfficeViews.Flash(problem, null), null)))
                .orElseGet(() -> OfficeAccess.done("/office/people", "removed", locale));
    }

    private HttpResponse<String> linkPage(Operator who, Locale locale, SetupOutcome<StaffAccounts.Link> outcome, boolean reset) {
        if (outcome instanceof SetupOutcome.Done<StaffAccounts.Link> done) {
            boolean mailed = letters.send(done.value(), locale, reset);
            return pages.respond(HttpStatus.OK, "office-staff", storePages.staffView(who, null, locale, OfficeViews.Flash.NONE,
                    new OfficeViews.Link(done.value().account().username(), letters.address(done.value().token()), mailed)));
        }
        return pages.respond(OfficeAccess.status(outcome), "office-staff", storePages.staffView(who, null, locale,
                new OfficeViews.Flash(OfficeAccess.refusal(outcome, locale).orElse(""), null), null));
    }

    @Get(value = "/log{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> log(@Nullable Operator who, @Nullable @QueryValue String lang) {
        Locale locale = OfficeAccess.locale(lang);
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        OfficeAccess.headOffice(who);
        // to the second: a lock lasts from 2 s to 15 min
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(locale);
        List<OfficeViews.LockLine> locks = signInLocks.findTop100OrderByIdDesc().stream().map(l -> new OfficeViews.LockLine(
                when.format(Instant.ofEpochMilli(l.ts()).atZone(ZoneId.of("UTC"))), l.kind(), l.subject(), l.failures(),
                when.format(Instant.ofEpochMilli(l.lockedUntil()).atZone(ZoneId.of("UTC"))))).toList();
        return pages.respond(HttpStatus.OK, "office-log", new OfficeViews.Log(Page.office(locale, "office.log.all-title"),
                new OfficeViews.Nav(null, null, "log", true), StorePages.changes(audit.latest(null, 300), locale, ZoneId.of("UTC")), locks));
    }
}
