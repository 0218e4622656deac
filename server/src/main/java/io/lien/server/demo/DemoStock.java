package io.lien.server.demo;

import io.lien.server.registry.Hanger;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.application.StockLedger;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's stock: each garment on the racks in its sizes, as many of each in the Marais store as
 * there are hangers of it, two of each in Lyon, three online — except the navy trench in 38, of
 * which the Marais has its last one and the web none (the story of "no longer available in 38"); the
 * linen shirt, on no connected hanger, has a 38 in the Marais's stockroom.
 */
@Singleton
class DemoStock {

    static final String LAST_ONE = Variant.idOf("p-trench-navy", "38", null);

    private final VariantRepository variants;
    private final StockLedger ledger;

    DemoStock(VariantRepository variants, StockLedger ledger) {
        this.variants = variants;
        this.ledger = ledger;
    }

    void seed(String storeId, String secondStoreId) {
        Map<String, Map<String, Integer>> onRacks = new LinkedHashMap<>();
        for (Hanger h : DemoCatalogue.hangers(storeId)) {
            onRacks.computeIfAbsent(h.productId(), p -> new LinkedHashMap<>()).merge(h.size(), 1, Integer::sum);
        }
        // the linen shirt hangs on no connected hanger: the Marais has one 38 in the stockroom
        onRacks.put("p-shirt-linen", new LinkedHashMap<>(Map.of("36", 0)));
        onRacks.get("p-shirt-linen").put("38", 1);
        onRacks.get("p-shirt-linen").put("40", 0);
        List<Variant> all = new ArrayList<>();
        onRacks.forEach((product, sizes) -> {
            int order = 0;
            for (String size : sizes.keySet()) {
                all.add(new Variant(Variant.idOf(product, size, null), product, size, order++, null, null));
            }
        });
        variants.saveAll(all);
        for (Variant v : all) {
            int here = onRacks.get(v.productId()).get(v.size());
            count(storeId, v, here);
            count(secondStoreId, v, v.id().equals(LAST_ONE) ? 0 : 2);
            count(StockLevel.WEB, v, v.id().equals(LAST_ONE) ? 0 : 3);
        }
    }

    private void count(String location, Variant v, int onHand) {
        ledger.count(location, v.id(), onHand, "import", "demo-seed", null);
    }
}
