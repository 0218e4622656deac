package io.lien.server.insights.web;

import io.lien.server.i18n.Languages;
import io.lien.server.security.StaffMember;
import io.lien.server.security.StaffSessions;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.util.Locale;

/** Where a manager signs in to the insights pages (and out), and {@code /insights} itself: their store's page, or the sign-in. */
@Controller("/insights")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class InsightSignIn {

    @Serdeable
    record SignInForm(@Nullable String username, @Nullable String password, @Nullable String lang) {
    }

    @Serdeable
    record LangForm(@Nullable String lang) {
    }

    private final StaffSessions sessions;
    private final Pages pages;

    InsightSignIn(StaffSessions sessions, Pages pages) {
        this.sessions = sessions;
        this.pages = pages;
    }

    @Get(value = "{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> start(@Nullable StaffMember staff, @Nullable @QueryValue String lang) {
        Locale locale = Languages.all().nearest(lang);
        if (staff != null && staff.isManager()) {
            return HttpResponse.seeOther(URI.create(InsightPages.base(staff.storeId()) + "?lang=" + locale.toLanguageTag()));
        }
        return HttpResponse.seeOther(URI.create("/insights/sign-in?lang=" + locale.toLanguageTag()));
    }

    @Get(value = "/sign-in{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> signIn(@Nullable @QueryValue String lang) {
        return pages.respond(HttpStatus.OK, "insights-sign-in", new SignInView(page(lang), null));
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> signIn(io.micronaut.http.HttpRequest<?> request, @Body SignInForm form) {
        Locale locale = Languages.all().nearest(form.lang());
        StaffSessions.Outcome outcome = sessions.withPassword(form.username(), form.password(), request);
        if (outcome instanceof StaffSessions.Outcome.Opened opened) {
            return HttpResponse.<String>seeOther(URI.create(InsightPages.base(opened.storeId()) + "?lang=" + locale.toLanguageTag()))
                    .cookie(opened.cookie());
        }
        if (outcome instanceof StaffSessions.Outcome.Throttled t) {
            return pages.respond(HttpStatus.TOO_MANY_REQUESTS, "insights-sign-in", new SignInView(page(form.lang()), "sign-in.throttled"))
                    .header("Retry-After", Long.toString(t.seconds()));
        }
        String problem = outcome instanceof StaffSessions.Outcome.NotAManager ? "insights.sign-in.not-manager" : "insights.sign-in.wrong";
        return pages.respond(HttpStatus.UNAUTHORIZED, "insights-sign-in", new SignInView(page(form.lang()), problem));
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> signOut(@Body LangForm form) {
        return HttpResponse.<String>seeOther(URI.create("/insights/sign-in?lang=" + Languages.all().nearest(form.lang()).toLanguageTag()))
                .cookie(sessions.close());
    }

    private static Page page(@Nullable String lang) {
        return Page.of(Languages.all().nearest(lang), "insights.sign-in.title", true);
    }
}
