package io.lien.server.selections.web;

import io.lien.server.i18n.Texts;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.application.Availability;
import io.lien.server.stock.application.Places;
import jakarta.inject.Singleton;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A piece's sizes as a client reads them: each with the places it is available now, stores by name
 * and online, "the last one" where only one is left — so they can choose where to try or collect.
 */
@Singleton
class PieceSizes {

    private final Availability availability;
    private final DeviceRegistry registry;

    PieceSizes(Availability availability, DeviceRegistry registry) {
        this.availability = availability;
        this.registry = registry;
    }

    /** The piece's sizes and the stores that have one to try on now. */
    record Offer(List<SelectionView.Size> sizes, List<SelectionView.Store> stores) {
    }

    Offer of(String productId, Texts texts) {
        Map<String, List<Availability.Line>> bySize = new LinkedHashMap<>();
        for (Availability.Line line : availability.of(productId)) {
            bySize.computeIfAbsent(line.variantId(), v -> new ArrayList<>()).add(line);
        }
        ListFormatter list = ListFormatter.getInstance(ULocale.forLocale(texts.locale()));
        List<SelectionView.Size> sizes = new ArrayList<>();
        Map<String, SelectionView.Store> stores = new LinkedHashMap<>();
        bySize.forEach((variantId, lines) -> {
            String size = lines.get(0).size();
            List<String> places = new ArrayList<>();
            boolean inAStore = false;
            boolean onlineToo = false;
            for (Availability.Line line : lines) {
                if (line.available() <= 0) {
                    continue;
                }
                boolean online = line.locationId().equals(StockLevel.WEB);
                String place = Places.name(line.locationId(), registry, texts);
                places.add(line.available() == 1 ? texts.t("selection.size.last-one", place) : place);
                onlineToo |= online;
                if (!online) {
                    inAStore = true;
                    stores.putIfAbsent(line.locationId(), new SelectionView.Store(line.locationId(), place));
                }
            }
            String text = places.isEmpty() ? texts.t("selection.size.none", size) : texts.t("selection.size.where", size, list.format(places));
            sizes.add(new SelectionView.Size(variantId, size, text, inAStore, onlineToo));
        });
        return new Offer(sizes, List.copyOf(stores.values()));
    }
}
