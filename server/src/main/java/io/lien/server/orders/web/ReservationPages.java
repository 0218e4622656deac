package io.lien.server.orders.web;

import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;
import io.lien.server.orders.application.ReservingToTry;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A shopper reserves a piece of their selection to try on, from the selection's page (a form, no
 * script); the reservation's page ({@code OrderPage}) shows where, which size, until when. The link
 * is the secret, as for the selection.
 */
@Controller("/s/{linkId}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReservationPages {

    /** The try-on form as the selection page sends it. */
    @Serdeable
    record TryOnForm(@Nullable String variantId, @Nullable String storeId, @Nullable String requestId, @Nullable String lang) {
    }

    private final ReservingToTry reserving;
    private final NotAvailablePage notAvailable;
    private final Pages pages;

    ReservationPages(ReservingToTry reserving, NotAvailablePage notAvailable, Pages pages) {
        this.reserving = reserving;
        this.notAvailable = notAvailable;
        this.pages = pages;
    }

    @Post(value = "/try-on", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> tryOn(String linkId, @Body TryOnForm form) {
        ReservingToTry.Outcome outcome = reserving.reserve(linkId, form.variantId(), form.storeId(), form.requestId());
        Locale locale = Languages.all().nearest(form.lang());
        Texts t = Texts.of(locale);
        if (outcome instanceof ReservingToTry.Outcome.Reserved r) {
            // after a POST, the order's own page: reloading it shows it again, it does not reserve again
            return HttpResponse.seeOther(URI.create("/s/" + linkId + "/orders/" + r.order().id() + "?lang=" + locale.toLanguageTag()));
        }
        if (outcome instanceof ReservingToTry.Outcome.NotAvailable n) {
            return pages.respond(HttpStatus.CONFLICT, "order", notAvailable.of(locale, n.variant(), n.store().id(), n.whatIs(),
                    back(linkId, locale)));
        }
        if (outcome instanceof ReservingToTry.Outcome.Refused r) {
            return pages.respond(HttpStatus.BAD_REQUEST, "order", new OrderView(page(locale), t.t("order.refused"),
                    List.of(t.t(r.key(), r.values().toArray())), back(linkId, locale)));
        }
        return pages.respond(HttpStatus.NOT_FOUND, "order", new OrderView(page(locale), t.t("selection.unknown.title"),
                List.of(t.t("selection.unknown.body")), null));
    }

    static Page page(Locale locale) {
        return Page.of(locale, "order.title", false);
    }

    static String back(String linkId, Locale locale) {
        return "/s/" + linkId + "?lang=" + locale.toLanguageTag();
    }
}
