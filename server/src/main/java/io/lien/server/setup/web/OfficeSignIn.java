package io.lien.server.setup.web;

import io.lien.server.i18n.Languages;
import io.lien.server.security.StaffSessions;
import io.lien.server.setup.application.StaffAccounts;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Signing in to the back office (head office, a store's manager) and out, and choosing one's password with
 * the link of an invitation or a reset — then the tablet (an advisor) or the back office (a manager) is theirs.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OfficeSignIn {

    private final StaffSessions sessions;
    private final StaffAccounts staff;
    private final Pages pages;
    private final io.lien.server.advisors.StoreChoice choice;

    OfficeSignIn(StaffSessions sessions, StaffAccounts staff, Pages pages, io.lien.server.advisors.StoreChoice choice) {
        this.choice = choice;
        this.sessions = sessions;
        this.staff = staff;
        this.pages = pages;
    }

    @Get(value = "/office/sign-in{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> signIn(@Nullable @QueryValue String lang) {
        return pages.respond(HttpStatus.OK, "office-sign-in", new OfficeViews.SignIn(page(lang, "office.sign-in.title"), null));
    }

    @Post(value = "/office/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> signIn(io.micronaut.http.HttpRequest<?> request, @Body Map<String, String> form) {
        Locale locale = Languages.all().nearest(form.get("lang"));
        StaffSessions.OfficeOutcome outcome = sessions.toOffice(form.get("username"), form.get("password"), request);
        if (outcome instanceof StaffSessions.OfficeOutcome.Opened opened) {
            String home = opened.storeId() == null ? "/office" : "/office/stores/" + opened.storeId();
            return HttpResponse.<String>seeOther(URI.create(home + "?lang=" + locale.toLanguageTag())).cookie(opened.cookie());
        }
        Page page = page(form.get("lang"), "office.sign-in.title");
        if (outcome instanceof StaffSessions.OfficeOutcome.Throttled t) {
            return pages.respond(HttpStatus.TOO_MANY_REQUESTS, "office-sign-in", new OfficeViews.SignIn(page, page.t("sign-in.throttled")))
                    .header("Retry-After", Long.toString(t.seconds()));
        }
        String problem = outcome instanceof StaffSessions.OfficeOutcome.NotAllowed ? "office.sign-in.not-allowed" : "office.sign-in.wrong";
        return pages.respond(HttpStatus.UNAUTHORIZED, "office-sign-in", new OfficeViews.SignIn(page, page.t(problem)));
    }

    @Post(value = "/office/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> signOut(@Body Map<String, String> form) {
        return HttpResponse.<String>seeOther(URI.create("/office/sign-in?lang=" + Languages.all().nearest(form.get("lang")).toLanguageTag()))
                .cookie(sessions.closeOffice());
    }

    /** A manager of several stores moves the back office to another of theirs (checked against the database each time). */
    @Post(value = "/office/switch/{storeId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> switchStore(io.micronaut.http.HttpRequest<?> request, @PathVariable String storeId,
                                     @Nullable io.lien.server.security.Operator who, @Body Map<String, String> form) {
        Locale locale = Languages.all().nearest(form.get("lang"));
        if (who == null) {
            return HttpResponse.seeOther(URI.create("/office/sign-in?lang=" + locale.toLanguageTag()));
        }
        OfficeAccess.sameOrigin(request);
        URI store = URI.create("/office/stores/" + storeId + "?lang=" + locale.toLanguageTag());
        if (who.isAdmin()) {
            return HttpResponse.seeOther(store);
        }
        if (choice.choose(who.username(), storeId) instanceof io.lien.server.advisors.StoreChoice.Outcome.Chosen chosen) {
            return HttpResponse.<String>seeOther(store).cookie(sessions.officeFor(chosen.advisor().username(),
                    chosen.advisor().displayName(), storeId));
        }
        throw new io.lien.server.web.Problems.Forbidden("problem.store.other-store", who.storeId(), storeId);
    }

    @Get(value = "/welcome/{token}{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> welcome(@PathVariable String token, @Nullable @QueryValue String lang) {
        Page page = page(lang, "office.welcome.title");
        return staff.invited(token).map(a -> pages.respond(HttpStatus.OK, "welcome",
                        new OfficeViews.Welcome(page, a.firstName(), a.username(), token, null, false, false)))
                .orElseGet(() -> pages.respond(HttpStatus.NOT_FOUND, "welcome",
                        new OfficeViews.Welcome(page, null, null, token, null, false, true)));
    }

    @Post(value = "/welcome/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> choose(@PathVariable String token, @Body Map<String, String> form) {
        Page page = page(form.get("lang"), "office.welcome.title");
        var invited = staff.invited(token);
        String password = form.getOrDefault("password", "");
        if (invited.isPresent() && !password.equals(form.getOrDefault("again", ""))) {
            return pages.respond(HttpStatus.BAD_REQUEST, "welcome", new OfficeViews.Welcome(page, invited.get().firstName(),
                    invited.get().username(), token, page.t("office.welcome.not-same"), false, false));
        }
        StaffAccounts.Welcome outcome = staff.choosePassword(token, password);
        if (outcome instanceof StaffAccounts.Welcome.Chosen chosen) {
            return pages.respond(HttpStatus.OK, "welcome", new OfficeViews.Welcome(page, chosen.account().firstName(),
                    chosen.account().username(), token, null, true, false));
        }
        if (outcome instanceof StaffAccounts.Welcome.WeakPassword && invited.isPresent()) {
            return pages.respond(HttpStatus.BAD_REQUEST, "welcome", new OfficeViews.Welcome(page, invited.get().firstName(),
                    invited.get().username(), token, page.t("problem.setup.weak-password"), false, false));
        }
        return pages.respond(HttpStatus.NOT_FOUND, "welcome", new OfficeViews.Welcome(page, null, null, token, null, false, true));
    }

    private static Page page(@Nullable String lang, String titleKey) {
        return Page.of(Languages.all().nearest(lang), titleKey, true);
    }
}
