package io.lien.server.setup.web;

import io.lien.server.displays.application.FixturePasses;
import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.DeviceCredentials;
import io.lien.server.registry.Store;
import io.lien.server.security.Operator;
import io.lien.server.settings.LienSettings;
import io.lien.server.setup.application.DeviceOnboarding;
import io.lien.server.setup.application.HangerAssignment;
import io.lien.server.setup.application.InvitationLetters;
import io.lien.server.setup.application.SetupOutcome;
import io.lien.server.setup.web.OfficeAccess.Posted;
import io.lien.server.setup.application.StaffAccounts;
import io.lien.server.setup.application.StoreSetup;
import io.lien.server.setup.application.ZoneSetup;
import io.lien.server.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The forms of a store's set-up pages: each change goes through the same application service as the REST API;
 * done, the page again (a redirect); refused, the page with the reason and what was typed. A secret or a link
 * made is shown once, on the answer itself (never in an address).
 */
@Controller(value = "/office/stores/{storeId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class StoreForms {

    private final OfficeAccess access;
    private final StorePages views;
    private final Pages pages;
    private final StoreSetup stores;
    private final ZoneSetup zones;
    private final DeviceOnboarding devices;
    private final DeviceCredentials credentials;
    private final FixturePasses screens;
    private final HangerAssignment racks;
    private final StaffAccounts staff;
    private final InvitationLetters letters;
    private final String baseUrl;
    private final DeviceRegistry registry;

    StoreForms(OfficeAccess access, StorePages views, Pages pages, StoreSetup stores, ZoneSetup zones, DeviceOnboarding devices,
               DeviceCredentials credentials, FixturePasses screens, HangerAssignment racks, StaffAccounts staff, InvitationLetters letters,
               LienSettings lien, DeviceRegistry registry) {
        this.registry = registry;
        this.access = access;
        this.views = views;
        this.pages = pages;
        this.stores = stores;
        this.zones = zones;
        this.devices = devices;
        this.credentials = credentials;
        this.screens = screens;
        this.racks = racks;
        this.staff = staff;
        this.letters = letters;
        this.baseUrl = lien.baseUrl();
    }

    /** Who posts, for which store: checked before any form is read. */
    private HttpResponse<String> posted(HttpRequest<?> request, @Nullable Operator who, String storeId, Map<String, String> form,
                                        java.util.function.Function<Posted, HttpResponse<String>> handler) {
        return access.posted(request, who, storeId, form, handler);
    }

    @Post("/details")
    HttpResponse<String> details(HttpRequest<?> request, @PathVariable String storeId, @Nullable Operator who, @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> {
            OfficeViews.StoreForm typed = new OfficeViews.StoreForm(storeId, form.getOrDefault("name", ""), form.getOrDefault("city", ""),
                    form.getOrDefault("timeZone", ""), form.getOrDefault("language", ""), form.getOrDefault("openingHours", ""));
            SetupOutcome<?> outcome = SetupOutcome.guarded(() -> stores.change(p.who(), storeId, new StoreSetup.StoreDetails(storeId, typed.name(), typed.city(),
                    typed.timeZone(), typed.language(), typed.openingHours())));
            return answer(outcome, p, "", "details", problem -> pages.respond(OfficeAccess.status(outcome), "office-store",
                    views.storeView(p.who(), p.store(), p.locale(), new OfficeViews.Flash(problem, null), typed)));
        });
    }

    @Post("/plan")
    HttpResponse<String> plan(HttpRequest<?> request, @PathVariable String storeId, @Nullable Operator who, @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> {
            SetupOutcome<?> outcome = SetupOutcome.guarded(() -> stores.plan(p.who(), storeId, form.getOrDefault("outline", "")));
            return answer(outcome, p, "", "plan", problem -> storePage(p, outcome, problem));
        });
    }

    @Post("/zones")
    HttpResponse<String> zone(HttpRequest<?> request, @PathVariable String storeId, @Nullable Operator who, @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> {
            Map<String, String> names = new LinkedHashMap<>();
            Languages.all().spoken().forEach(l -> names.put(l.toLanguageTag(), form.getOrDefault("name_" + l.toLanguageTag(), "")));
            SetupOutcome<?> outcome = SetupOutcome.guarded(() -> zones.save(p.who(), storeId, form.getOrDefault("zoneId", "").strip(),
                    new ZoneSetup.ZoneDraft(names, form.getOrDefault("kind", ""), form.get("parentId"), form.get("shape"))));
            return answer(outcome, p, "", "zone", problem -> storePage(p, outcome, problem));
        });
    }

    @Post("/zones/{zoneId}/retire")
    HttpResponse<String> retireZone(HttpRequest<?> request, @PathVariable String storeId, @PathVariable String zoneId, @Nullable Operator who,
                                    @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> {
            SetupOutcome<?> outcome = SetupOutcome.guarded(() -> zones.retire(p.who(), storeId, zoneId));
            return answer(outcome, p, "", "zone-retired", problem -> storePage(p, outcome, problem));
        });
    }

    private HttpResponse<String> storePage(Posted p, SetupOutcome<?> outcome, String problem) {
        return pages.respond(OfficeAccess.status(outcome), "office-store",
                views.storeView(p.who(), p.store(), p.locale(), new OfficeViews.Flash(problem, null), null));
    }

    @Post("/devices")
    HttpResponse<String> register(HttpRequest<?> request, @PathVariable String storeId, @Nullable Operator who, @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> {
            String deviceId = form.getOrDefault("deviceId", "").strip();
            boolean hadSecret = registry.hasSecret(deviceId);
            SetupOutcome<DeviceOnboarding.DeviceState> outcome = SetupOutcome.guarded(() -> devices.register(p.who(), storeId, deviceId,
                    new DeviceOnboarding.DeviceDraft(form.get("kind"), form.get("zoneId"), metres(form.get("x")), metres(form.get("y")),
                            form.get("fixtureKind"))));
            Optional<String> problem = OfficeAccess.refusal(outcome, p.locale());
            if (problem.isPresent()) {
                return devicesPage(p, OfficeAccess.status(outcome), new OfficeViews.Flash(problem.get(), null), null);
            }
            // a device new to Lien (or back from retirement, its secret dropped) gets its secret now, shown once
            return hadSecret ? OfficeAccess.done(p.base() + "/devices", "device", p.locale()) : issueSecret(p, deviceId);
        });
    }

    @Post("/devices/{deviceId}/secret")
    HttpResponse<String> secret(HttpRequest<?> request, @PathVariable String storeId, @PathVariable String deviceId, @Nullable Operator who,
                                @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> issueSecret(p, deviceId));
    }

    private HttpResponse<String> issueSecret(Posted p, String deviceId) {
        DeviceCredentials.Outcome issued = credentials.issue(p.store().id(), deviceId, p.who().username());
        if (issued instanceof DeviceCredentials.Issued i) {
            return devicesPage(p, HttpStatus.OK, new OfficeViews.Flash(null, Texts.of(p.locale()).t("office.done.secret")),
                    new OfficeViews.Secret(deviceId, i.secret(), false));
        }
        return devicesPage(p, HttpStatus.NOT_FOUND, new OfficeViews.Flash(Texts.of(p.locale()).t("problem.no-device", p.store().id(), deviceId),
                null), null);
    }

    @Post("/devices/{deviceId}/screen")
    HttpResponse<String> screen(HttpRequest<?> request, @PathVariable String storeId, @PathVariable String deviceId, @Nullable Operator who,
                                @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> {
            FixturePasses.Outcome issued = screens.issue(storeId, deviceId, p.who().username());
            if (issued instanceof FixturePasses.Outcome.Issued i) {
                return devicesPage(p, HttpStatus.OK, OfficeViews.Flash.NONE,
                        new OfficeViews.Secret(deviceId, baseUrl + "/fixtures/" + deviceId + "/start?pass=" + i.pass(), true));
            }
            return devicesPage(p, HttpStatus.NOT_FOUND, new OfficeViews.Flash(Texts.of(p.locale()).t("problem.fixture.unknown",
                    deviceId), null), null);
        });
    }

    @Post("/devices/{deviceId}/retire")
    HttpResponse<String> retire(HttpRequest<?> request, @PathVariable String storeId, @PathVariable String deviceId, @Nullable Operator who,
                                @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> {
            SetupOutcome<?> outcome = SetupOutcome.guarded(() -> devices.retire(p.who(), storeId, deviceId));
            return answer(outcome, p, "/devices", "retired", problem -> devicesPage(p, OfficeAccess.status(outcome),
                    new OfficeViews.Flash(problem, null), null));
        });
    }

    private HttpResponse<String> devicesPage(Posted p, HttpStatus status, OfficeViews.Flash flash, @Nullable OfficeViews.Secret secret) {
        return pages.respond(status, "office-devices", views.devicesView(p.who(), p.store(), p.locale(), flash, secret));
    }

    @Post("/racks")
    HttpResponse<String> dress(HttpRequest<?> request, @PathVariable String storeId, @Nullable Operator who, @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> {
            SetupOutcome<HangerAssignment.Dressed> outcome = SetupOutcome.guarded(() -> racks.dress(p.who(), storeId, new HangerAssignment.Rack(form.get("hangers"),
                    form.get("productId"), form.get("sizes"), form.get("colour"), form.get("zoneId"))));
            Optional<String> problem = OfficeAccess.refusal(outcome, p.locale());
            if (problem.isPresent()) {
                return pages.respond(OfficeAccess.status(outcome), "office-racks", views.racksView(p.who(), p.store(),
                        p.locale(), new OfficeViews.Flash(problem.get(), null), List.of()));
            }
            if (!"on".equals(form.get("secrets"))) {
                return OfficeAccess.done(p.base() + "/racks", "rack", p.locale());
            }
            // the new hangers' secrets, shown once on this answer (to program the rack in one go)
            Map<String, String> secrets = credentials.issueMissing(storeId, ((SetupOutcome.Done<HangerAssignment.Dressed>) outcome).value()
                    .hangers().stream().map(io.lien.server.registry.Hanger::id).toList(), p.who().username());
            return pages.respond(HttpStatus.OK, "office-racks", views.racksView(p.who(), p.store(), p.locale(),
                    new OfficeViews.Flash(null, Texts.of(p.locale()).t("office.done.rack")),
                    secrets.entrySet().stream().map(e -> new OfficeViews.Choice(e.getKey(), e.getValue())).toList()));
        });
    }

    @Post("/staff")
    HttpResponse<String> invite(HttpRequest<?> request, @PathVariable String storeId, @Nullable Operator who, @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> {
            SetupOutcome<StaffAccounts.Link> outcome = SetupOutcome.guarded(() -> staff.invite(p.who(), storeId, new StaffAccounts.Invite(
                    form.getOrDefault("username", "").strip(), form.getOrDefault("name", ""), form.get("role"), form.get("email"))));
            return linkPage(p, outcome, false);
        });
    }

    @Post("/staff/{username}/reset")
    HttpResponse<String> reset(HttpRequest<?> request, @PathVariable String storeId, @PathVariable String username, @Nullable Operator who,
                               @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> linkPage(p, SetupOutcome.guarded(() -> staff.reset(p.who(), storeId, username)), true));
    }

    private HttpResponse<String> linkPage(Posted p, SetupOutcome<StaffAccounts.Link> outcome, boolean reset) {
        Optional<String> problem = OfficeAccess.refusal(outcome, p.locale());
        if (problem.isPresent()) {
            return pages.respond(OfficeAccess.status(outcome), "office-staff",
                    views.staffView(p.who(), p.store(), p.locale(), new OfficeViews.Flash(problem.get(), null), null));
        }
        StaffAccounts.Link link = ((SetupOutcome.Done<StaffAccounts.Link>) outcome).value();
        boolean mailed = letters.send(link, p.locale(), reset);
        return pages.respond(HttpStatus.OK, "office-staff", views.staffView(p.who(), p.store(), p.locale(), OfficeViews.Flash.NONE,
                new OfficeViews.Link(link.account().username(), letters.address(link.token()), mailed)));
    }

    @Post("/staff/{username}/remove")
    HttpResponse<String> remove(HttpRequest<?> request, @PathVariable String storeId, @PathVariable String username, @Nullable Operator who,
                                @Body Map<String, String> form) {
        return posted(request, who, storeId, form, p -> {
            SetupOutcome<?> outcome = SetupOutcome.guarded(() -> staff.remove(p.who(), storeId, username, form.get("booksTo")));
            return answer(outcome, p, "/staff", "removed", problem -> pages.respond(OfficeAccess.status(outcome), "office-staff",
                    views.staffView(p.who(), p.store(), p.locale(), new OfficeViews.Flash(problem, null), null)));
        });
    }

    private static HttpResponse<String> answer(SetupOutcome<?> outcome, Posted p, String tab, String done,
                                               java.util.function.Function<String, HttpResponse<String>> refused) {
        Optional<String> problem = OfficeAccess.refusal(outcome, p.locale());
        return problem.isPresent() ? refused.apply(problem.get()) : OfficeAccess.done(p.base() + tab, done, p.locale());
    }

    /** Metres as typed on a form: "3.5" or "3,5"; empty is none. */
    static Double metres(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN; // refused by the rule, with its reason
        }
    }
}
