package io.lien.server.orders.web;

import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;
import io.lien.server.orders.application.Checkout;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.orders.model.DeliveryAddress;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Buying a piece of a selection, by forms (no script needed): the selection page's "collect" or
 * "deliver" makes a cart (its unit held a few minutes), the cart's page takes the address and how
 * to pay, the provider's page takes the card, and the shopper comes back to their order. Every
 * step is safe to repeat: a second tap, a reload or the back button lands on the same order.
 */
@Controller("/s/{linkId}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CheckoutPages {

    /** The selection page's form, sent with "collect" or "deliver". Any price it might carry is ignored: there is no field for one. */
    @Serdeable
    record BuyForm(@Nullable String variantId, @Nullable String storeId, @Nullable String way, @Nullable String requestId,
                   @Nullable String lang) {
    }

    /** The checkout form. */
    @Serdeable
    record PayForm(@Nullable String payment, @Nullable String delivery, @Nullable String name, @Nullable String street,
                   @Nullable String postcode, @Nullable String city, @Nullable String country, @Nullable String lang) {
    }

    private final Checkout checkout;
    private final ShopperOrders orders;
    private final CheckoutForm form;
    private final NotAvailablePage notAvailable;
    private final Pages pages;

    CheckoutPages(Checkout checkout, ShopperOrders orders, CheckoutForm form, NotAvailablePage notAvailable,
                  Pages pages) {
        this.checkout = checkout;
        this.orders = orders;
        this.form = form;
        this.notAvailable = notAvailable;
        this.pages = pages;
    }

    @Post(value = "/buy", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> buy(String linkId, @Body BuyForm buy) {
        Locale locale = locale(buy.lang());
        Checkout.Begun begun = checkout.begin(linkId, buy.variantId(), String.valueOf(buy.way()), buy.storeId(), buy.requestId());
        if (begun instanceof Checkout.Begun.Cart c) {
            return HttpResponse.seeOther(orderUrl(linkId, c.order().id(), locale));
        }
        if (begun instanceof Checkout.Begun.NotAvailable n) {
            return pages.respond(HttpStatus.CONFLICT, "order", notAvailable.of(locale, n.variant(), n.locationId(), n.whatIs(),
                    ReservationPages.back(linkId, locale)));
        }
        Texts t = Texts.of(locale);
        if (begun instanceof Checkout.Begun.Refused r) {
            return pages.respond(HttpStatus.BAD_REQUEST, "order", new OrderView(ReservationPages.page(locale), t.t("order.refused"),
                    List.of(t.t(r.key(), r.values().toArray())), ReservationPages.back(linkId, locale)));
        }
        return unknownSelection(locale);
    }

    @Post(value = "/orders/{orderId}/pay", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> pay(String linkId, String orderId, @Body PayForm pay) {
        Locale locale = locale(pay.lang());
        DeliveryAddress address = new DeliveryAddress(pay.name(), pay.street(), pay.postcode(), pay.city(), pay.country());
        URI returnTo = URI.create("/s/" + linkId + "/orders/" + orderId + "/paid?lang=" + locale.toLanguageTag());
        Checkout.Paying paying = checkout.pay(linkId, orderId, new Checkout.PayChoice(pay.payment(), pay.delivery(), address), returnTo);
        if (paying instanceof Checkout.Paying.GoTo g) {
            return HttpResponse.seeOther(URI.create(g.page() + "?lang=" + locale.toLanguageTag()));
        }
        if (paying instanceof Checkout.Paying.Refused r) {
            return again(linkId, orderId, locale, HttpStatus.BAD_REQUEST, r.keys(), pay);
        }
        return answer(linkId, orderId, locale, paying, pay);
    }

    @Get(value = "/orders/{orderId}/paid{?ref,lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> paid(String linkId, String orderId, @Nullable @QueryValue String ref, @Nullable @QueryValue String lang) {
        Locale locale = locale(lang);
        return answer(linkId, orderId, locale, checkout.returned(linkId, orderId, ref), null);
    }

    private HttpResponse<String> answer(String linkId, String orderId, Locale locale, Checkout.Paying paying, @Nullable PayForm typed) {
        Texts t = Texts.of(locale);
        if (paying instanceof Checkout.Paying.Placed) {
            return HttpResponse.seeOther(orderUrl(linkId, orderId, locale));
        }
        if (paying instanceof Checkout.Paying.Declined d) {
            return again(linkId, orderId, locale, HttpStatus.PAYMENT_REQUIRED, List.of(d.reasonKey()), typed);
        }
        if (paying instanceof Checkout.Paying.Failed f) {
            return pages.respond(HttpStatus.PAYMENT_REQUIRED, "order", new OrderView(ReservationPages.page(locale),
                    t.t("order.payment-failed"), List.of(t.t(f.reasonKey()), t.t("order.nothing-taken")),
                    ReservationPages.back(linkId, locale)));
        }
        if (paying instanceof Checkout.Paying.RanOut) {
            return pages.respond(HttpStatus.GONE, "order", new OrderView(ReservationPages.page(locale), t.t("order.ran-out"),
                    List.of(t.t("order.ran-out.body")), ReservationPages.back(linkId, locale)));
        }
        return pages.respond(HttpStatus.NOT_FOUND, "order", new OrderView(ReservationPages.page(locale), t.t("order.unknown"),
                List.of(), null));
    }

    /** The checkout page again, with what went wrong and what they typed. */
    private HttpResponse<String> again(String linkId, String orderId, Locale locale, HttpStatus status, List<String> problems,
                                       @Nullable PayForm typed) {
        Optional<ShopperOrders.Shown> shown = orders.underSelection(linkId, orderId);
        if (shown.isEmpty()) {
            return answer(linkId, orderId, locale, new Checkout.Paying.NotFound(), null);
        }
        return pages.respond(status, "checkout", form.of(linkId, shown.get(), locale, problems, typed));
    }

    private HttpResponse<String> unknownSelection(Locale locale) {
        Texts t = Texts.of(locale);
        return pages.respond(HttpStatus.NOT_FOUND, "order", new OrderView(ReservationPages.page(locale), t.t("selection.unknown.title"),
                List.of(t.t("selection.unknown.body")), null));
    }

    private static URI orderUrl(String linkId, String orderId, Locale locale) {
        return URI.create("/s/" + linkId + "/orders/" + orderId + "?lang=" + locale.toLanguageTag());
    }

    private static Locale locale(@Nullable String lang) {
        return Languages.all().nearest(lang);
    }
}
