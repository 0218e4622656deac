package io.lien.server.stock.application;

import io.lien.server.i18n.Texts;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.stock.StockLevel;

/** A stock location as a shopper reads it: a store by its name, the web warehouse as "online". */
public final class Places {

    private Places() {
    }

    public static String name(String locationId, DeviceRegistry registry, Texts texts) {
        return locationId.equals(StockLevel.WEB) ? texts.t("selection.size.online")
                : registry.store(locationId).map(Store::name).orElse(locationId);
    }
}
