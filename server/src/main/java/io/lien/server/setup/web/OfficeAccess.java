package io.lien.server.setup.web;

import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Wording;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.security.Operator;
import io.lien.server.setup.application.SetupOutcome;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * What every back-office page checks: someone signed in who may change this store (else the sign-in page, or a
 * refusal), a form posted from Lien's own pages (a cross-site form is refused even though the cookie is
 * {@code SameSite=Strict}), and what the last action came to, worded for the reader.
 */
@Singleton
class OfficeAccess {

    private final DeviceRegistry registry;

    OfficeAccess(DeviceRegistry registry) {
        this.registry = registry;
    }

    /** Where someone not signed in goes. */
    static HttpResponse<String> toSignIn(Locale locale) {
        return HttpResponse.seeOther(URI.create("/office/sign-in?lang=" + locale.toLanguageTag()));
    }

    static Locale locale(@Nullable String lang) {
        return Languages.all().nearest(lang);
    }

    /** The store, when this operator may set it up; a 403 for another store's manager, a 404 for no store. */
    Store store(Operator who, String storeId) {
        if (!who.mayChange(storeId)) {
            throw new Problems.Forbidden("problem.store.other-store", who.storeId(), storeId);
        }
        return registry.store(storeId).orElseThrow(() -> new Problems.NotFound("problem.setup.no-store", storeId));
    }

    /** Head office only (a manager is refused). */
    static void headOffice(Operator who) {
        if (!who.isAdmin()) {
            throw new Problems.Forbidden("problem.setup.head-office-only");
        }
    }

    /** Refuses a form whose {@code Origin} is another site's: the back office's forms are posted from its own pages only. */
    static void sameOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get("Origin");
        String host = request.getHeaders().get("Host");
        if (origin != null && !origin.equals("null") && (host == null || !origin.replaceFirst("^https?://", "").equals(host))) {
            throw new Problems.Forbidden("problem.setup.other-origin");
        }
    }

    /** After a change, the page again with what was done (a redirect: reloading does not post twice). */
    static HttpResponse<String> done(String path, String what, Locale locale) {
        return HttpResponse.seeOther(URI.create(path + "?done=" + what + "&lang=" + locale.toLanguageTag()));
    }

    /** The success a page says, from {@code ?done=…} (only the known ones: the parameter is the reader's). */
    static OfficeViews.Flash flash(@Nullable String done, Locale locale) {
        if (done == null || !done.matches("[a-z-]{1,30}")) {
            return OfficeViews.Flash.NONE;
        }
        String key = "office.done." + done;
        io.lien.server.i18n.Texts texts = io.lien.server.i18n.Texts.of(locale);
        return texts.has(key) ? new OfficeViews.Flash(null, texts.t(key)) : OfficeViews.Flash.NONE;
    }

    /** A refusal of the application layer, worded for the reader; empty when the outcome was done. */
    static Optional<String> refusal(SetupOutcome<?> outcome, Locale locale) {
        Phrase reason = outcome instanceof SetupOutcome.Invalid<?> i ? i.reason()
                : outcome instanceof SetupOutcome.Unknown<?> u ? u.reason()
                : outcome instanceof SetupOutcome.Clash<?> c ? c.reason() : null;
        return Optional.ofNullable(reason).map(r -> Wording.plain(r, locale));
    }

    /** The status a refused form's page is answered with. */
    static io.micronaut.http.HttpStatus status(SetupOutcome<?> outcome) {
        return outcome instanceof SetupOutcome.Unknown<?> ? io.micronaut.http.HttpStatus.NOT_FOUND
                : outcome instanceof SetupOutcome.Clash<?> ? io.micronaut.http.HttpStatus.CONFLICT : io.micronaut.http.HttpStatus.BAD_REQUEST;
    }

    /** A form posted to a store's set-up pages: who, which store, in which language, the store's pages' address. */
    record Posted(Operator who, Store store, Locale locale, String base) {
    }

    /** Runs {@code handler} for someone signed in who may set this store up and posted from Lien's own pages; else the sign-in page. */
    HttpResponse<String> posted(HttpRequest<?> request, @Nullable Operator who, String storeId, java.util.Map<String, String> form,
                                java.util.function.Function<Posted, HttpResponse<String>> handler) {
        Locale locale = locale(form.get("lang"));
        if (who == null) {
            return toSignIn(locale);
        }
        sameOrigin(request);
        return handler.apply(new Posted(who, store(who, storeId), locale, "/office/stores/" + storeId));
    }
}
