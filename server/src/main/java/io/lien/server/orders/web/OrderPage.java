package io.lien.server.orders.web;

import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;
import io.lien.server.orders.ShopperOrder;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.orders.model.DeliveryAddress;
import io.lien.server.orders.model.DeliveryOption;
import io.lien.server.payments.application.PaymentProviders;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An order's own page, under its selection's link only: while it is being paid, the checkout form
 * ({@code CheckoutForm}); after, what was ordered, where, how it was paid, until when it is kept,
 * and where it stands. Reloading it never orders again.
 */
@Controller("/s/{linkId}/orders")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrderPage {

    private final ShopperOrders orders;
    private final DeviceRegistry registry;
    private final CheckoutForm checkout;
    private final PaymentProviders providers;
    private final Pages pages;

    OrderPage(ShopperOrders orders, DeviceRegistry registry, CheckoutForm checkout, PaymentProviders providers, Pages pages) {
        this.orders = orders;
        this.registry = registry;
        this.checkout = checkout;
        this.providers = providers;
        this.pages = pages;
    }

    @Get(value = "/{orderId}{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> order(String linkId, String orderId, @Nullable @QueryValue String lang) {
        Optional<ShopperOrders.Shown> found = orders.underSelection(linkId, orderId);
        if (found.isEmpty()) {
            Locale locale = Languages.all().nearest(lang);
            return pages.respond(HttpStatus.NOT_FOUND, "order", new OrderView(ReservationPages.page(locale),
                    Texts.of(locale).t("order.unknown"), List.of(), null));
        }
        ShopperOrders.Shown shown = found.get();
        Locale locale = Languages.all().nearest(lang != null ? lang : shown.language());
        if (shown.order().status().equals("paying")) {
            return pages.respond(HttpStatus.OK, "checkout", checkout.of(linkId, shown, locale, List.of(), null));
        }
        return pages.respond(HttpStatus.OK, "order", receipt(linkId, shown, locale));
    }

    OrderView receipt(String linkId, ShopperOrders.Shown shown, Locale locale) {
        Texts t = Texts.of(locale);
        ShopperOrder o = shown.order();
        String kind = o.kind();
        String piece = registry.product(shown.productId()).map(p -> p.atSentenceStart(locale)).orElse(shown.productId());
        String store = registry.store(o.storeId()).map(Store::name).orElse(o.storeId());
        List<String> lines = new ArrayList<>();
        lines.add(t.t("order.try-on.what", piece, shown.size()));
        if (kind.equals("try-on")) {
            lines.add(t.t("order.try-on.where", store));
        } else if (kind.equals("collect")) {
            lines.add(t.t("order.collect.where", store));
        } else {
            lines.add(t.t("order.deliver.where", DeliveryAddress.parse(o.address()).oneLine()));
            DeliveryOption.of(String.valueOf(o.delivery())).ifPresent(d -> lines.add(t.t("checkout.delivery." + d.code(), d.days())));
        }
        if (o.totalCents() != null && o.payment() != null) {
            String paid = o.payment().equals(PaymentProviders.IN_STORE) ? "order.to-pay-in-store" : "order.paid";
            lines.add(t.t(paid, t.money(o.totalCents(), providers.currency())));
        }
        if (o.heldUntil() != null && !kind.equals("deliver")) {
            lines.add(t.t("order.try-on.until", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                    .withLocale(locale).format(Instant.ofEpochMilli(o.heldUntil()).atZone(registry.timeZone(o.storeId())))));
        }
        lines.add(t.t("order." + kind + ".status." + o.status()));
        return new OrderView(ReservationPages.page(locale), t.t("order." + kind + ".heading", shown.firstName()), lines,
                ReservationPages.back(linkId, locale));
    }
}
