package io.lien.server.shoppers.web;

import io.lien.server.clients.Client;
import io.lien.server.i18n.Languages;
import io.lien.server.security.ShopperSessions;
import io.lien.server.shoppers.application.SignInLinks;
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
import java.util.Optional;

/**
 * Signing in to one's own space: a link by e-mail (the page says the same whether the address is
 * known or not), or an e-mail and password. The link opens a page with one button: a mail client
 * that follows links to preview them does not use it up.
 */
@Controller("/me")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInPages {

    @Serdeable
    record SignInForm(@Nullable String email, @Nullable String password, @Nullable String lang) {
    }

    @Serdeable
    record LangForm(@Nullable String lang) {
    }

    private final SignInLinks links;
    private final ShopperSessions sessions;
    private final Pages pages;

    SignInPages(SignInLinks links, ShopperSessions sessions, Pages pages) {
        this.links = links;
        this.sessions = sessions;
        this.pages = pages;
    }

    @Get(value = "/sign-in{?lang,sent}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> signIn(@Nullable @QueryValue String lang, @Nullable @QueryValue String sent) {
        return pages.respond(HttpStatus.OK, "sign-in", new SignInView(page(lang), sent == null ? null : "sign-in.sent", null));
    }

    @Post(value = "/sign-in/link", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> sendLink(@Body SignInForm form) {
        Locale locale = locale(form.lang());
        links.send(form.email(), locale);
        // the same answer whether the address is known or not
        return HttpResponse.seeOther(URI.create("/me/sign-in?sent=1&lang=" + locale.toLanguageTag()));
    }

    @Post(value = "/sign-in/password", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> password(io.micronaut.http.HttpRequest<?> request, @Body SignInForm form) {
        Locale locale = locale(form.lang());
        ShopperSessions.Outcome outcome = sessions.withPassword(form.email(), form.password(), request);
        if (outcome instanceof ShopperSessions.Outcome.Opened opened) {
            return HttpResponse.<String>seeOther(URI.create("/me?lang=" + locale.toLanguageTag())).cookie(opened.cookie());
        }
        if (outcome instanceof ShopperSessions.Outcome.Throttled t) {
            return pages.respond(HttpStatus.TOO_MANY_REQUESTS, "sign-in", new SignInView(page(form.lang()), "sign-in.throttled", null))
                    .header("Retry-After", Long.toString(t.seconds()));
        }
        return pages.respond(HttpStatus.UNAUTHORIZED, "sign-in", new SignInView(page(form.lang()), "sign-in.wrong", null));
    }

    @Get(value = "/link/{token}{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> link(String token, @Nullable @QueryValue String lang) {
        return pages.respond(HttpStatus.OK, "sign-in", new SignInView(page(lang), null, token.length() > 64 ? "" : token));
    }

    @Post(value = "/link/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> useLink(String token, @Body LangForm form) {
        Optional<Client> client = links.use(token);
        if (client.isEmpty()) {
            return pages.respond(HttpStatus.GONE, "sign-in", new SignInView(page(form.lang()), "sign-in.link-used", null));
        }
        Client c = client.get();
        return HttpResponse.<String>seeOther(URI.create("/me?lang=" + locale(form.lang()).toLanguageTag()))
                .cookie(sessions.open(c.id(), c.email(), c.firstName()));
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> signOut(@Body LangForm form) {
        return HttpResponse.<String>seeOther(URI.create("/me/sign-in?lang=" + locale(form.lang()).toLanguageTag()))
                .cookie(sessions.close());
    }

    private static Page page(@Nullable String lang) {
        return Page.of(locale(lang), "sign-in.title", false);
    }

    private static Locale locale(@Nullable String lang) {
        return Languages.all().nearest(lang);
    }
}
