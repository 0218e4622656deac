package io.lien.server.orders.web;

import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;
import io.lien.server.orders.ShopperOrder;
import io.lien.server.orders.application.ReservingToTry;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.application.Availability;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
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
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A shopper reserves a piece of their selection to try on, from the selection's page (a form, no
 * script), and sees the reservation: where, which size, until when. The link is the secret, as for
 * the selection; an order is shown only under its own selection's link.
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
    private final ShopperOrders orders;
    private final DeviceRegistry registry;
    private final Pages pages;

    ReservationPages(ReservingToTry reserving, ShopperOrders orders, DeviceRegistry registry, Pages pages) {
        this.reserving = reserving;
        this.orders = orders;
        this.registry = registry;
        this.pages = pages;
    }

    @Post(value = "/try-on", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> tryOn(String linkId, @Body TryOnForm form) {
        ReservingToTry.Outcome outcome = reserving.reserve(linkId, form.variantId(), form.storeId(), form.requestId());
        Locale locale = Languages.all().nearest(form.lang() == null ? "" : form.lang());
        Texts t = Texts.of(locale);
        if (outcome instanceof ReservingToTry.Outcome.Reserved r) {
            // after a POST, the order's own page: reloading it shows it again, it does not reserve again
            return HttpResponse.seeOther(URI.create("/s/" + linkId + "/orders/" + r.order().id() + "?lang=" + locale.toLanguageTag()));
        }
        if (outcome instanceof ReservingToTry.Outcome.NotAvailable n) {
            List<String> lines = new ArrayList<>();
            // the size they asked for first, wherever it is; then the other sizes
            for (boolean asked : new boolean[] {true, false}) {
                for (Availability.Line l : n.whatIs()) {
                    if (l.available() > 0 && l.variantId().equals(n.variant().id()) == asked) {
                        lines.add(t.t("order.available-at", l.size(), place(l.locationId(), t), l.available()));
                    }
                }
            }
            if (lines.isEmpty()) {
                lines.add(t.t("order.available-nowhere"));
            }
            String heading = t.t("order.not-available", n.variant().size(), n.store().name());
            return pages.respond(HttpStatus.CONFLICT, "order", new OrderView(page(locale), heading, lines, back(linkId, locale)));
        }
        if (outcome instanceof ReservingToTry.Outcome.Refused r) {
            return pages.respond(HttpStatus.BAD_REQUEST, "order", new OrderView(page(locale), t.t("order.refused"),
                    List.of(t.t(r.key(), r.values().toArray())), back(linkId, locale)));
        }
        return pages.respond(HttpStatus.NOT_FOUND, "order", new OrderView(page(locale), t.t("selection.unknown.title"),
                List.of(t.t("selection.unknown.body")), null));
    }

    @Get(value = "/orders/{orderId}{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> order(String linkId, String orderId, @Nullable @QueryValue String lang) {
        Optional<ShopperOrders.Shown> found = orders.underSelection(linkId, orderId);
        if (found.isEmpty()) {
            Locale locale = Languages.all().nearest(lang == null ? "" : lang);
            return pages.respond(HttpStatus.NOT_FOUND, "order", new OrderView(page(locale), Texts.of(locale).t("order.unknown"),
                    List.of(), null));
        }
        ShopperOrders.Shown shown = found.get();
        Locale locale = Languages.all().nearest(lang != null ? lang : shown.language());
        Texts t = Texts.of(locale);
        ShopperOrder o = shown.order();
        String store = registry.store(o.storeId()).map(Store::name).orElse(o.storeId());
        String until = o.heldUntil() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).format(Instant.ofEpochMilli(o.heldUntil()).atZone(registry.timeZone(o.storeId())));
        List<String> lines = List.of(t.t("order.try-on.what", capitalised(registry.product(shown.productId()).map(p -> p.name(locale))
                .orElse(shown.productId()), locale), shown.size()),
                t.t("order.try-on.where", store), t.t("order.try-on.until", until), t.t("order.try-on.status." + o.status()));
        return pages.respond(HttpStatus.OK, "order", new OrderView(page(locale), t.t("order.try-on.heading", shown.firstName()), lines,
                back(linkId, locale)));
    }

    private String place(String locationId, Texts t) {
        return locationId.equals(StockLevel.WEB) ? t.t("selection.size.online")
                : registry.store(locationId).map(Store::name).orElse(locationId);
    }

    private static Page page(Locale locale) {
        return Page.of(locale, "order.title", false);
    }

    private static String back(String linkId, Locale locale) {
        return "/s/" + linkId + "?lang=" + locale.toLanguageTag();
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
