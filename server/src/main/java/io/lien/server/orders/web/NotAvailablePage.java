package io.lien.server.orders.web;

import io.lien.server.i18n.Texts;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.stock.Variant;
import io.lien.server.stock.application.Availability;
import io.lien.server.stock.application.Places;
import io.lien.server.web.Page;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** "No longer available in 38 at Le Marais — here is what is": the size asked for elsewhere first, then the other sizes. */
@Singleton
class NotAvailablePage {

    private final DeviceRegistry registry;

    NotAvailablePage(DeviceRegistry registry) {
        this.registry = registry;
    }

    OrderView of(Locale locale, Variant asked, String locationId, List<Availability.Line> whatIs, String back) {
        Texts t = Texts.of(locale);
        List<String> lines = new ArrayList<>();
        for (boolean sameSize : new boolean[] {true, false}) {
            for (Availability.Line l : whatIs) {
                if (l.available() > 0 && l.variantId().equals(asked.id()) == sameSize) {
                    lines.add(t.t("order.available-at", l.size(), Places.name(l.locationId(), registry, t), l.available()));
                }
            }
        }
        if (lines.isEmpty()) {
            lines.add(t.t("order.available-nowhere"));
        }
        String heading = t.t("order.not-available", asked.size(), Places.name(locationId, registry, t));
        return new OrderView(Page.of(locale, "order.title", false), heading, lines, back);
    }
}
