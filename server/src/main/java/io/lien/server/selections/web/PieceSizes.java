package io.lien.server.selections.web;

import io.lien.server.i18n.Texts;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.application.Availability;
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

    List<String> of(String productId, Texts texts) {
        Map<String, List<String>> where = new LinkedHashMap<>();
        for (Availability.Line line : availability.of(productId)) {
            List<String> places = where.computeIfAbsent(line.size(), s -> new ArrayList<>());
            if (line.available() > 0) {
                String place = line.locationId().equals(StockLevel.WEB) ? texts.t("selection.size.online")
                        : registry.store(line.locationId()).map(Store::name).orElse(line.locationId());
                places.add(line.available() == 1 ? texts.t("selection.size.last-one", place) : place);
            }
        }
        ListFormatter list = ListFormatter.getInstance(ULocale.forLocale(texts.locale()));
        List<String> sizes = new ArrayList<>();
        where.forEach((size, places) -> sizes.add(places.isEmpty() ? texts.t("selection.size.none", size)
                : texts.t("selection.size.where", size, list.format(places))));
        return sizes;
    }
}
