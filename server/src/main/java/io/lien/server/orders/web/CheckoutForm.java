package io.lien.server.orders.web;

import io.lien.server.i18n.Texts;
import io.lien.server.orders.application.Checkout;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.orders.model.DeliveryAddress;
import io.lien.server.orders.model.DeliveryOption;
import io.lien.server.payments.application.PaymentProviders;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.web.Page;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checkout page for a cart: prices from the server, the shopper's own entries given back when something was missing. */
@Singleton
class CheckoutForm {

    private final DeviceRegistry registry;
    private final Checkout checkout;
    private final PaymentProviders providers;

    CheckoutForm(DeviceRegistry registry, Checkout checkout, PaymentProviders providers) {
        this.registry = registry;
        this.checkout = checkout;
        this.providers = providers;
    }

    /** @param typed what the shopper sent (null at first) */
    CheckoutView of(String linkId, ShopperOrders.Shown shown, Locale locale, List<String> problems, @Nullable CheckoutPages.PayForm typed) {
        Texts t = Texts.of(locale);
        var o = shown.order();
        String currency = providers.currency();
        long pieces = checkout.total(o, null);
        String piece = registry.product(shown.productId()).map(p -> p.title(locale)).orElse(shown.productId());
        String where = o.kind().equals("deliver") ? t.t("checkout.where.deliver")
                : t.t("checkout.where.collect", registry.store(o.storeId()).map(Store::name).orElse(o.storeId()));
        String until = o.heldUntil() == null ? "" : t.t("checkout.held-until", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale).format(Instant.ofEpochMilli(o.heldUntil()).atZone(registry.timeZone(o.storeId()))));
        List<CheckoutView.Option> deliveries = new ArrayList<>();
        String chosenDelivery = typed != null && typed.delivery() != null ? typed.delivery()
                : o.delivery() != null ? o.delivery() : DeliveryOption.STANDARD.code();
        for (DeliveryOption d : DeliveryOption.values()) {
            String price = d.priceCents() == 0 ? t.t("checkout.free") : t.money(d.priceCents(), currency);
            deliveries.add(new CheckoutView.Option(d.code(), t.t("checkout.delivery.option", t.t("checkout.delivery." + d.code(), d.days()),
                    price, t.money(pieces + d.priceCents(), currency)), d.code().equals(chosenDelivery)));
        }
        List<CheckoutView.Option> payments = new ArrayList<>();
        String chosenPayment = typed == null || typed.payment() == null ? "card" : typed.payment();
        payments.add(new CheckoutView.Option("card", t.t("checkout.payment.card"), chosenPayment.equals("card")));
        if (o.kind().equals("collect")) {
            payments.add(new CheckoutView.Option("in-store", t.t("checkout.payment.in-store"), chosenPayment.equals("in-store")));
        }
        // what they typed; else what they typed before going to pay (kept on the order); else nothing yet
        DeliveryAddress kept = DeliveryAddress.parse(o.address());
        CheckoutView.Address address = typed == null ? new CheckoutView.Address(kept.name(), kept.street(), kept.postcode(), kept.city(),
                kept.country())
                : new CheckoutView.Address(orEmpty(typed.name()), orEmpty(typed.street()), orEmpty(typed.postcode()), orEmpty(typed.city()),
                orEmpty(typed.country()));
        return new CheckoutView(Page.of(locale, "checkout.title", false), "/s/" + linkId + "/orders/" + o.id() + "/pay",
                t.t("checkout.heading", shown.firstName()), piece, shown.size(), t.money(pieces, currency), o.kind(), where, until,
                deliveries, payments, address, problems.stream().map(k -> t.t(k)).toList(), ReservationPages.back(linkId, locale));
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
